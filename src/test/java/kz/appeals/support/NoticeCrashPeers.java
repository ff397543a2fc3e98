package kz.appeals.support;

import java.util.Map;

/**
 * The notice peers with this process's dispatcher off: in the crash test the only dispatchers are
 * the packaged service's processes that the test starts and kills.
 */
public class NoticeCrashPeers extends NoticePeers {
    @Override
    public Map<String, String> start() {
        Map<String, String> config = new java.util.HashMap<>(super.start());
        config.put("appeals.notices.dispatch-interval", "off");
        return config;
    }
}
