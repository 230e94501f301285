// learner: slow
// why: Hub::publish is O(connections) time, target O(s): only connection -> topics is kept, so publish asks every connection whether it follows the topic
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{BTreeMap, HashMap, HashSet};

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

#[derive(Debug, Default)]
struct Conn {
    topics: HashSet<String>,
    outbox: Vec<String>,
}

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    conns: BTreeMap<ConnId, Conn>,
    topic_refs: HashMap<String, usize>, // how many follow each topic
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.conns.insert(id, Conn::default());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.conns.contains_key(&conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let added = match self.conns.get_mut(&conn) {
            Some(c) => c.topics.insert(topic.to_string()),
            None => false,
        };
        if added {
            *self.topic_refs.entry(topic.to_string()).or_insert(0) += 1;
        }
        added
    }

    fn release(&mut self, topic: &str) {
        if let Some(n) = self.topic_refs.get_mut(topic) {
            *n -= 1;
            if *n == 0 {
                self.topic_refs.remove(topic);
            }
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let removed = self.conns.get_mut(&conn).map_or(false, |c| c.topics.remove(topic));
        if removed {
            self.release(topic);
        }
        removed
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        match self.conns.remove(&conn) {
            Some(c) => {
                for t in &c.topics {
                    self.release(t);
                }
                true
            }
            None => false,
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let mut n = 0;
        for c in self.conns.values_mut() {
            if c.topics.contains(topic) {
                c.outbox.push(msg.to_string());
                n += 1;
            }
        }
        n
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.conns.get_mut(&conn).map(|c| std::mem::take(&mut c.outbox)).unwrap_or_default()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        self.conns
            .iter()
            .filter(|(_, c)| c.topics.contains(topic))
            .map(|(&id, _)| id)
            .collect()
    }

    pub fn topic_count(&self) -> usize {
        self.topic_refs.len()
    }
}
