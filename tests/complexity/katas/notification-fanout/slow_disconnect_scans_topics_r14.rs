// learner: slow
// why: Hub::disconnect is O(T) time (all topics on the server), target O(t): without a reverse index it removes the connection from every topic's set and then retains the non-empty ones
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{BTreeSet, HashMap, HashSet};

pub type ConnId = u64;

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    live: HashSet<ConnId>,
    outboxes: HashMap<ConnId, Vec<String>>,
    topics: HashMap<String, BTreeSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.live.insert(id);
        self.outboxes.insert(id, Vec::new());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.live.contains(&conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if !self.live.contains(&conn) {
            return false;
        }
        self.topics.entry(topic.to_string()).or_default().insert(conn)
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(subs) = self.topics.get_mut(topic) else { return false };
        let removed = subs.remove(&conn);
        if subs.is_empty() {
            self.topics.remove(topic);
        }
        removed
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        if !self.live.remove(&conn) {
            return false;
        }
        self.outboxes.remove(&conn);
        for subs in self.topics.values_mut() {
            subs.remove(&conn);
        }
        self.topics.retain(|_, subs| !subs.is_empty());
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(subs) = self.topics.get(topic) else { return 0 };
        for id in subs {
            self.outboxes.get_mut(id).unwrap().push(msg.to_string());
        }
        subs.len()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.outboxes.get_mut(&conn).map(std::mem::take).unwrap_or_default()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        self.topics.get(topic).map(|s| s.iter().copied().collect()).unwrap_or_default()
    }

    pub fn topic_count(&self) -> usize {
        self.topics.len()
    }
}
