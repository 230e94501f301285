// learner: optimal
// idiom: Go-style: topic->set and conn->struct maps, explicit for loops, early returns, String outboxes
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet};

pub type ConnId = u64;

#[derive(Debug, Default)]
struct Conn {
    topics: HashSet<String>,
    outbox: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    conns: HashMap<ConnId, Conn>,
    topics: HashMap<String, HashSet<ConnId>>,
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
        let c = match self.conns.get_mut(&conn) {
            Some(c) => c,
            None => return false,
        };
        if !c.topics.insert(topic.to_string()) {
            return false;
        }
        self.topics.entry(topic.to_string()).or_default().insert(conn);
        true
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let c = match self.conns.get_mut(&conn) {
            Some(c) => c,
            None => return false,
        };
        if !c.topics.remove(topic) {
            return false;
        }
        let mut empty = false;
        if let Some(subs) = self.topics.get_mut(topic) {
            subs.remove(&conn);
            empty = subs.is_empty();
        }
        if empty {
            self.topics.remove(topic);
        }
        true
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let c = match self.conns.remove(&conn) {
            Some(c) => c,
            None => return false,
        };
        for topic in c.topics {
            let mut empty = false;
            if let Some(subs) = self.topics.get_mut(&topic) {
                subs.remove(&conn);
                empty = subs.is_empty();
            }
            if empty {
                self.topics.remove(&topic);
            }
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let subs = match self.topics.get(topic) {
            Some(s) => s,
            None => return 0,
        };
        let mut n = 0;
        for id in subs {
            if let Some(c) = self.conns.get_mut(id) {
                c.outbox.push(msg.to_string());
                n += 1;
            }
        }
        n
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.conns.get_mut(&conn) {
            Some(c) => std::mem::take(&mut c.outbox),
            None => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut out: Vec<ConnId> = Vec::new();
        if let Some(subs) = self.topics.get(topic) {
            for id in subs {
                out.push(*id);
            }
        }
        out.sort();
        out
    }

    pub fn topic_count(&self) -> usize {
        self.topics.len()
    }
}
