// learner: optimal
// idiom: Go-style: Conn struct, free helper functions taking the two maps as &mut params, early returns, explicit for loops
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

fn unlink(topics: &mut HashMap<String, HashSet<ConnId>>, topic: &str, conn: ConnId) -> bool {
    let set = match topics.get_mut(topic) {
        Some(s) => s,
        None => return false,
    };
    if !set.remove(&conn) {
        return false;
    }
    if set.is_empty() {
        topics.remove(topic);
    }
    true
}

fn deliver(conns: &mut HashMap<ConnId, Conn>, ids: &HashSet<ConnId>, msg: &str) -> usize {
    let mut n = 0;
    for id in ids {
        if let Some(c) = conns.get_mut(id) {
            c.outbox.push(msg.to_string());
            n += 1;
        }
    }
    n
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
        if c.topics.contains(topic) {
            return false;
        }
        c.topics.insert(topic.to_string());
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
        unlink(&mut self.topics, topic, conn)
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let c = match self.conns.remove(&conn) {
            Some(c) => c,
            None => return false,
        };
        for t in &c.topics {
            unlink(&mut self.topics, t, conn);
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        match self.topics.get(topic) {
            Some(ids) => deliver(&mut self.conns, ids, msg),
            None => 0,
        }
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.conns.get_mut(&conn) {
            Some(c) => std::mem::take(&mut c.outbox),
            None => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut v: Vec<ConnId> = match self.topics.get(topic) {
            Some(s) => s.iter().copied().collect(),
            None => Vec::new(),
        };
        v.sort_unstable();
        v
    }

    pub fn topic_count(&self) -> usize {
        self.topics.len()
    }
}
