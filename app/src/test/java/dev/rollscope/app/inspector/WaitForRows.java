package dev.rollscope.app.inspector;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The inspector builds its rows one pulse after a selection: tests wait for a row's editor to appear. */
final class WaitForRows {

    private WaitForRows() {
    }

    static <T extends Node> T lookup(FxRobot robot, String query, Class<T> type) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("no " + query + " in the inspector after 5 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).queryAs(type);
    }
}
