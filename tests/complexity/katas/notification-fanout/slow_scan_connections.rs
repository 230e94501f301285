// learner: slow
// why: Hub::publish is O(connections) time, target O(s): asks every connection whether it follows the topic
use std::collections::BTreeMap;

pub type ConnId = u64;

#[derive(Debug, Default)]
struct Conn {
    topics: Vec<String>,
    outbox: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    conns: BTreeMap<ConnId, Conn>,
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
        match self.conns.get_mut(&conn) {
            Some(c) if !c.topics.iter().any(|t| t == topic) => {
                c.topics.push(topic.to_string());
                true
            }
            _ => false,
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        match self.conns.get_mut(&conn) {
            Some(c) => {
                let before = c.topics.len();
                c.topics.retain(|t| t != topic);
                c.topics.len() != before
            }
            None => false,
        }
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        self.conns.remove(&conn).is_some()
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let mut n = 0;
        for c in self.conns.values_mut() {
            if c.topics.iter().any(|t| t == topic) {
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
        self.conns.iter().filter(|(_, c)| c.topics.iter().any(|t| t == topic)).map(|(&id, _)| id).collect()
    }

    pub fn topic_count(&self) -> usize {
        let mut all: Vec<&String> = self.conns.values().flat_map(|c| c.topics.iter()).collect();
        all.sort();
        all.dedup();
        all.len()
    }
}
