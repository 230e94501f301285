// learner: slow
// idiom: REXX: only the SUBS.topic stem is kept; on disconnect the exec loops over every topic name and drops the conn (no CONN.id.TOPICS stem)
// why: disconnect visits every topic on the server, not just the connection's own: O(total topics) per disconnect instead of O(t)

/* REXX-style: DO EACH topic IN SUBS. ; drop SUBS.topic.conn ; END */

use std::collections::{HashMap, HashSet};

pub type ConnId = u64;

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    outboxes: HashMap<ConnId, Vec<String>>,
    subs_stem: HashMap<String, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let new_id = self.next_id;
        self.next_id += 1;
        self.outboxes.insert(new_id, Vec::new());
        new_id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.outboxes.contains_key(&conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if !self.outboxes.contains_key(&conn) {
            return false;
        }
        self.subs_stem.entry(topic.to_string()).or_default().insert(conn)
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let (removed, now_empty) = match self.subs_stem.get_mut(topic) {
            Some(members) => (members.remove(&conn), members.is_empty()),
            None => (false, false),
        };
        if now_empty {
            self.subs_stem.remove(topic);
        }
        removed
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        if self.outboxes.remove(&conn).is_none() {
            return false;
        }
        // walk the whole topic stem
        let mut empty_topics: Vec<String> = Vec::new();
        for (topic_name, members) in self.subs_stem.iter_mut() {
            if members.remove(&conn) && members.is_empty() {
                empty_topics.push(topic_name.clone());
            }
        }
        for topic_name in empty_topics {
            self.subs_stem.remove(&topic_name);
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(members) = self.subs_stem.get(topic) else {
            return 0;
        };
        for member in members {
            if let Some(outbox) = self.outboxes.get_mut(member) {
                outbox.push(msg.to_string());
            }
        }
        members.len()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.outboxes.get_mut(&conn).map(std::mem::take).unwrap_or_default()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut out_ids: Vec<ConnId> = self.subs_stem.get(topic).map(|m| m.iter().copied().collect()).unwrap_or_default();
        out_ids.sort_unstable();
        out_ids
    }

    pub fn topic_count(&self) -> usize {
        self.subs_stem.len()
    }
}
