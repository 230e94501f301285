// learner: optimal
// idiom: awk/sed one-liner sysadmin: two associative arrays subs[topic][conn] and tops[conn][topic], outbox copied line by line (msg.to_string per subscriber), subscribers sorted on output like `| sort -n`
//! Topic fan-out for a real-time notification server: see README.md.
use std::collections::{HashMap, HashSet};

pub type ConnId = u64;

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    subs: HashMap<String, HashSet<ConnId>>,
    tops: HashMap<ConnId, HashSet<String>>,
    outq: HashMap<ConnId, Vec<String>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.tops.insert(id, HashSet::new());
        self.outq.insert(id, Vec::new());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.tops.contains_key(&conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(t) = self.tops.get_mut(&conn) else { return false };
        if !t.insert(topic.to_string()) {
            return false;
        }
        self.subs.entry(topic.to_string()).or_default().insert(conn);
        true
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(t) = self.tops.get_mut(&conn) else { return false };
        if !t.remove(topic) {
            return false;
        }
        if let Some(s) = self.subs.get_mut(topic) {
            s.remove(&conn);
            if s.is_empty() {
                self.subs.remove(topic);
            }
        }
        true
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let Some(t) = self.tops.remove(&conn) else { return false };
        self.outq.remove(&conn);
        for topic in t {
            if let Some(s) = self.subs.get_mut(&topic) {
                s.remove(&conn);
                if s.is_empty() {
                    self.subs.remove(&topic);
                }
            }
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(s) = self.subs.get(topic) else { return 0 };
        for c in s {
            if let Some(q) = self.outq.get_mut(c) {
                q.push(msg.to_string());
            }
        }
        s.len()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.outq.get_mut(&conn).map(std::mem::take).unwrap_or_default()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut v: Vec<ConnId> = self.subs.get(topic).map(|s| s.iter().copied().collect()).unwrap_or_default();
        v.sort_unstable();
        v
    }

    pub fn topic_count(&self) -> usize {
        self.subs.len()
    }
}
