// learner: slow
// why: Hub::publish is O(connections) time, target O(s): keeps only per-connection topic lists and asks every connection whether it follows the topic
use std::collections::HashMap;

pub type ConnId = u64;

#[derive(Debug, Default)]
struct Conn {
    topics: Vec<String>,
    outbox: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    conns: Vec<Option<Conn>>,
    topic_sizes: HashMap<String, usize>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.conns.push(Some(Conn::default()));
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        matches!(self.conns.get(conn as usize), Some(Some(_)))
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let added = match self.conns.get_mut(conn as usize) {
            Some(Some(c)) => {
                if c.topics.iter().any(|t| t == topic) {
                    false
                } else {
                    c.topics.push(topic.to_string());
                    true
                }
            }
            _ => false,
        };
        if added {
            *self.topic_sizes.entry(topic.to_string()).or_insert(0) += 1;
        }
        added
    }

    fn forget(&mut self, topic: &str) {
        if let Some(n) = self.topic_sizes.get_mut(topic) {
            *n -= 1;
            if *n == 0 {
                self.topic_sizes.remove(topic);
            }
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let removed = match self.conns.get_mut(conn as usize) {
            Some(Some(c)) => match c.topics.iter().position(|t| t == topic) {
                Some(i) => {
                    c.topics.swap_remove(i);
                    true
                }
                None => false,
            },
            _ => false,
        };
        if removed {
            self.forget(topic);
        }
        removed
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let gone = match self.conns.get_mut(conn as usize) {
            Some(slot) => slot.take(),
            None => None,
        };
        match gone {
            Some(c) => {
                for t in &c.topics {
                    self.forget(t);
                }
                true
            }
            None => false,
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let mut n = 0;
        for conn in self.conns.iter_mut().flatten() {
            if conn.topics.contains(&topic.to_string()) {
                conn.outbox.push(msg.to_string());
                n += 1;
            }
        }
        n
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.conns.get_mut(conn as usize) {
            Some(Some(c)) => std::mem::take(&mut c.outbox),
            _ => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut out = Vec::new();
        for (id, slot) in self.conns.iter().enumerate() {
            if let Some(c) = slot {
                if c.topics.contains(&topic.to_string()) {
                    out.push(id as ConnId);
                }
            }
        }
        out
    }

    pub fn topic_count(&self) -> usize {
        self.topic_sizes.len()
    }
}
