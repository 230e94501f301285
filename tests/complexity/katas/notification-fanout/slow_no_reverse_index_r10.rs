// learner: slow
// why: Hub::disconnect is O(T) time (T = all topics on the hub), target O(t): without a reverse index it sweeps every topic's subscriber set
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
    topics: HashMap<String, HashSet<ConnId>>,
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
        self.topics.entry(topic.to_string()).or_default().insert(conn)
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(set) = self.topics.get_mut(topic) else { return false };
        let removed = set.remove(&conn);
        if set.is_empty() {
            self.topics.remove(topic);
        }
        removed
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        if self.outboxes.remove(&conn).is_none() {
            return false;
        }
        // no record of which topics this connection followed: sweep them all
        self.topics.retain(|_, subs| {
            subs.remove(&conn);
            !subs.is_empty()
        });
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(subs) = self.topics.get(topic) else { return 0 };
        let msg: Rc<str> = Rc::from(msg);
        for c in subs {
            if let Some(out) = self.outboxes.get_mut(c) {
                out.push(msg.clone());
            }
        }
        subs.len()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.outboxes.get_mut(&conn) {
            Some(out) => out.drain(..).map(|m| m.to_string()).collect(),
            None => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut v: Vec<ConnId> = self.topics.get(topic).map(|s| s.iter().copied().collect()).unwrap_or_default();
        v.sort();
        v
    }

    pub fn topic_count(&self) -> usize {
        self.topics.len()
    }
}
