// learner: optimal
// idiom: ROS-style C++: Connection struct (topic set + outbox of shared Rc<str>), two HashMap indexes kept in sync, explicit for-loops and early returns
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet, VecDeque};
use std::rc::Rc;

pub type ConnId = u64;

#[derive(Debug, Default)]
struct Connection {
    topics: HashSet<String>,
    outbox: VecDeque<Rc<str>>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    conns: HashMap<ConnId, Connection>,
    topic_index: HashMap<String, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.conns.insert(id, Connection::default());
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
        if let Some(set) = self.topic_index.get_mut(topic) {
            set.insert(conn);
        } else {
            let mut set = HashSet::new();
            set.insert(conn);
            self.topic_index.insert(topic.to_string(), set);
        }
        true
    }

    fn detach(&mut self, conn: ConnId, topic: &str) {
        let mut now_empty = false;
        if let Some(set) = self.topic_index.get_mut(topic) {
            set.remove(&conn);
            now_empty = set.is_empty();
        }
        if now_empty {
            self.topic_index.remove(topic);
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let c = match self.conns.get_mut(&conn) {
            Some(c) => c,
            None => return false,
        };
        if !c.topics.remove(topic) {
            return false;
        }
        self.detach(conn, topic);
        true
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let c = match self.conns.remove(&conn) {
            Some(c) => c,
            None => return false,
        };
        for topic in c.topics.iter() {
            self.detach(conn, topic);
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let set = match self.topic_index.get(topic) {
            Some(s) => s,
            None => return 0,
        };
        let shared: Rc<str> = Rc::from(msg);
        let mut delivered = 0usize;
        for id in set.iter() {
            if let Some(c) = self.conns.get_mut(id) {
                c.outbox.push_back(Rc::clone(&shared));
                delivered += 1;
            }
        }
        delivered
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(c) = self.conns.get_mut(&conn) {
            while let Some(m) = c.outbox.pop_front() {
                out.push(m.to_string());
            }
        }
        out
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids: Vec<ConnId> = match self.topic_index.get(topic) {
            Some(s) => s.iter().copied().collect(),
            None => Vec::new(),
        };
        ids.sort_unstable();
        ids
    }

    pub fn topic_count(&self) -> usize {
        self.topic_index.len()
    }
}
