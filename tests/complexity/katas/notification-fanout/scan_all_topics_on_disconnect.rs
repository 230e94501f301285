// learner: slow
// why: Hub::disconnect is O(topics) time, target O(t): no reverse index, so disconnect walks every topic's subscriber set
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    outboxes: HashMap<ConnId, Vec<Rc<str>>>,
    subs: HashMap<String, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.outboxes.insert(id, Vec::new());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.outboxes.contains_key(&conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if !self.outboxes.contains_key(&conn) {
            return false;
        }
        self.subs.entry(topic.to_string()).or_default().insert(conn)
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let mut removed = false;
        let mut empty = false;
        if let Some(set) = self.subs.get_mut(topic) {
            removed = set.remove(&conn);
            empty = set.is_empty();
        }
        if empty {
            self.subs.remove(topic);
        }
        removed
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        if self.outboxes.remove(&conn).is_none() {
            return false;
        }
        // take the connection out of every topic it might be in
        let mut dead_topics = Vec::new();
        for (name, set) in self.subs.iter_mut() {
            set.remove(&conn);
            if set.is_empty() {
                dead_topics.push(name.clone());
            }
        }
        for name in dead_topics {
            self.subs.remove(&name);
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(set) = self.subs.get(topic) else { return 0 };
        let m: Rc<str> = Rc::from(msg);
        for id in set {
            if let Some(outbox) = self.outboxes.get_mut(id) {
                outbox.push(m.clone());
            }
        }
        set.len()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.outboxes.get_mut(&conn) {
            Some(v) => v.drain(..).map(|m| m.to_string()).collect(),
            None => vec![],
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut v: Vec<ConnId> = match self.subs.get(topic) {
            Some(set) => set.iter().copied().collect(),
            None => Vec::new(),
        };
        v.sort();
        v
    }

    pub fn topic_count(&self) -> usize {
        self.subs.len()
    }
}
