package dev.rollscope.app.scenario;

import dev.rollscope.model.scenario.Moments;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.units.Bandwidth;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * The fields of a custom request: id, method, body size, client upload rate (empty for the
 * topology client's) and start. {@link #read()} parses them with the model's units and throws
 * {@link IllegalArgumentException} naming the field and the bad value.
 */
final class RequestForm extends GridPane {

    private final ScenarioEditor editor;
    private final TextField id = field("custom-id", "upload");
    private final TextField method = field("custom-method", "PUT");
    private final TextField body = field("custom-body", "10MB");
    private final TextField upload = field("custom-upload", "");
    private final TextField start = field("custom-start", "20s");

    RequestForm(ScenarioEditor editor) {
        this.editor = editor;
        setHgap(6);
        setVgap(4);
        row(0, "form.id", id);
        row(1, "form.method", method);
        row(2, "form.body", body);
        row(3, "form.upload", upload);
        row(4, "form.start", start);
    }

    private static TextField field(String id, String value) {
        TextField f = new TextField(value);
        f.setId(id);
        f.setPrefColumnCount(8);
        return f;
    }

    private void row(int row, String key, TextField field) {
        add(new Label(editor.text(key)), 0, row);
        add(field, 1, row);
    }

    RequestSpec read() {
        ByteSize size = parse("form.body", body, () -> ByteSize.parse(body.getText().trim()));
        Bandwidth rate = upload.getText().isBlank() ? null
                : parse("form.upload", upload, () -> Bandwidth.parse(upload.getText().trim()));
        TimeSpan at = parse("form.start", start, () -> Moments.parse(start.getText().trim(), Moments.REQUEST_START));
        return new RequestSpec(id.getText().trim(), method.getText().trim(), size, ByteSize.ofBytes(1_000), rate, null,
                at, null, null);
    }

    private <T> T parse(String key, TextField field, Supplier<T> parser) {
        return FormFields.parse(editor, key, field, parser);
    }
}
