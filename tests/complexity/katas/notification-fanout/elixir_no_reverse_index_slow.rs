// learner: slow
// idiom: elixir: one topic => MapSet of conns map (like a single Registry), no reverse index; disconnect sweeps every topic
// why: misses O(t) disconnect: without conn -> topics, disconnect visits every topic on the server, O(total topics)
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet, VecDeque};
use std::rc::Rc;

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    outboxes: HashMap<ConnId, VecDeque<Rc<str>>>,
    topics: HashMap<String, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.outboxes.insert(id, VecDeque::new());
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
        let (removed, empty) = match self.topics.get_mut(topic) {
            Some(set) => (set.remove(&conn), set.is_empty()),
            None => (false, false),
        };
        if empty {
            self.topics.remove(topic);
        }
        removed
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        if self.outboxes.remove(&conn).is_none() {
            return false;
        }
        for set in self.topics.values_mut() {
            set.remove(&conn);
        }
        self.topics.retain(|_, set| !set.is_empty());
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        match self.topics.get(topic) {
            None => 0,
            Some(set) => {
                let m: Rc<str> = Rc::from(msg);
                for id in set {
                    if let Some(q) = self.outboxes.get_mut(id) {
                        q.push_back(m.clone());
                    }
                }
                set.len()
            }
        }
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.outboxes.get_mut(&conn) {
            Some(q) => q.drain(..).map(|m| m.to_string()).collect(),
            None => vec![],
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut v: Vec<ConnId> = self.topics.get(topic).into_iter().flatten().copied().collect();
        v.sort_unstable();
        v
    }

    pub fn topic_count(&self) -> usize {
        self.topics.len()
    }
}
