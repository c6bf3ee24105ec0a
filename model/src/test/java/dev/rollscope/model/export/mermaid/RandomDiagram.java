package dev.rollscope.model.export.mermaid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A random sequence diagram built with {@link SequenceDiagram}, and what the parser must read
 * back from it: participant labels by id, box titles, and every message, note and block label
 * as {@code TYPE:text} with Mermaid's type names.
 */
final class RandomDiagram {

    private static final int MAX_DEPTH = 2;

    final Map<String, String> labels = new LinkedHashMap<>();
    final List<String> boxTitles = new ArrayList<>();
    final List<String> texts = new ArrayList<>();
    final String title;
    final String text;

    private final Random random;
    private final RandomTexts typed;
    private final SequenceDiagram diagram = new SequenceDiagram();
    private final List<Participant> participants = new ArrayList<>();
    private final Map<Participant, Integer> openBars = new HashMap<>();

    RandomDiagram(Random random) {
        this.random = random;
        this.typed = new RandomTexts(random);
        title = typed.next(3);
        diagram.title(title).autonumber(random.nextBoolean());
        declareParticipants(1 + random.nextInt(6));
        statements(1 + random.nextInt(12), 0);
        text = diagram.toMermaid();
    }

    private void declareParticipants(int count) {
        while (participants.size() < count) {
            if (random.nextInt(3) == 0) {
                String boxTitle = typed.next(3);
                boxTitles.add(boxTitle.isEmpty() ? null : Shown.text(boxTitle));
                try (Box box = diagram.box(boxTitle, Colour.rgba(random.nextInt(256), 128, 64, 0.5))) {
                    add(box.participant(typed.next(2), typed.next(4)));
                }
            } else {
                String name = typed.next(4);
                add(random.nextBoolean() ? diagram.participant(name, name) : diagram.actor(name, name));
            }
        }
    }

    private void add(Participant participant) {
        participants.add(participant);
        labels.put(participant.id(), Shown.text(participant.label()));
    }

    private void statements(int count, int depth) {
        for (int i = 0; i < count; i++) {
            int choice = random.nextInt(depth < MAX_DEPTH ? 4 : 3);
            if (choice <= 1) {
                message();
            } else if (choice == 2) {
                note();
            } else {
                block(depth + 1);
            }
        }
    }

    private void message() {
        Participant from = pick();
        Participant to = pick();
        Arrow arrow = Arrow.values()[random.nextInt(Arrow.values().length)];
        Activation activation = Activation.NONE;
        if (openBars.getOrDefault(from, 0) > 0 && random.nextBoolean()) {
            activation = Activation.DEACTIVATE_SOURCE;
            openBars.merge(from, -1, Integer::sum);
        } else if (random.nextInt(3) == 0) {
            activation = Activation.ACTIVATE_TARGET;
            openBars.merge(to, 1, Integer::sum);
        }
        String text = typed.next(5);
        diagram.message(from, to, arrow, activation, text);
        expect(mermaidType(arrow), text);
    }

    private void note() {
        String text = typed.next(5);
        switch (random.nextInt(4)) {
            case 0 -> diagram.noteOver(pick(), text);
            case 1 -> diagram.noteOver(pick(), pick(), text);
            case 2 -> diagram.noteLeftOf(pick(), text);
            default -> diagram.noteRightOf(pick(), text);
        }
        expect("NOTE", text);
    }

    private void block(int depth) {
        String label = typed.next(3);
        int kind = random.nextInt(5);
        if (kind == 0) {
            Block rect = diagram.rect(Colour.rgb(random.nextInt(256), 200, 200));
            statements(1 + random.nextInt(3), depth);
            rect.close();
            return;
        }
        if (kind == 1) {
            Block loop = diagram.loop(label);
            expect("LOOP_START", label);
            statements(1 + random.nextInt(3), depth);
            loop.close();
            return;
        }
        String[] types = List.of("ALT_START ALT_ELSE", "PAR_START PAR_AND", "CRITICAL_START CRITICAL_OPTION")
                .get(kind - 2).split(" ");
        BranchBlock branches = kind == 2 ? diagram.alt(label) : kind == 3 ? diagram.par(label) : diagram.critical(label);
        expect(types[0], label);
        statements(1 + random.nextInt(2), depth);
        for (int b = random.nextInt(3); b > 0; b--) {
            String branchLabel = typed.next(3);
            branches.branch(branchLabel);
            expect(types[1], branchLabel);
            statements(1 + random.nextInt(2), depth);
        }
        branches.close();
    }

    private Participant pick() {
        return participants.get(random.nextInt(participants.size()));
    }

    private void expect(String type, String typedText) {
        texts.add(type + ":" + Shown.text(typedText));
    }

    private static String mermaidType(Arrow arrow) {
        return switch (arrow) {
            case SOLID -> "SOLID";
            case DOTTED -> "DOTTED";
            case SOLID_CROSS -> "SOLID_CROSS";
            case DOTTED_CROSS -> "DOTTED_CROSS";
            case SOLID_ASYNC -> "SOLID_POINT";
            case DOTTED_ASYNC -> "DOTTED_POINT";
        };
    }
}
