// learner: optimal
// idiom: elixir: two maps like a Registry — topic => subscriber set, conn => {topics, outbox of Rc<str>}
// why: publish walks only the topic's subscriber set pushing an Rc clone (O(s)); subscribe is two O(1) hash inserts; disconnect undoes only the connection's t topics
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet, VecDeque};
use std::rc::Rc;

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

#[derive(Debug, Default)]
struct Conn {
    topics: HashSet<String>,
    outbox: VecDeque<Rc<str>>,
}

/// Who listens to what, and what each connection still has to send.
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
        match self.conns.get_mut(&conn) {
            None => false,
            Some(c) => {
                if !c.topics.insert(topic.to_string()) {
                    return false;
                }
                self.topics.entry(topic.to_string()).or_default().insert(conn);
                true
            }
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let removed = match self.conns.get_mut(&conn) {
            Some(c) => c.topics.remove(topic),
            None => false,
        };
        if removed {
            self.drop_subscriber(topic, conn);
        }
        removed
    }

    fn drop_subscriber(&mut self, topic: &str, conn: ConnId) {
        if let Some(subs) = self.topics.get_mut(topic) {
            subs.remove(&conn);
            if subs.is_empty() {
                self.topics.remove(topic);
            }
        }
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        match self.conns.remove(&conn) {
            None => false,
            Some(c) => {
                for topic in &c.topics {
                    self.drop_subscriber(topic, conn);
                }
                true
            }
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(subs) = self.topics.get(topic) else {
            return 0;
        };
        let shared: Rc<str> = Rc::from(msg);
        for id in subs {
            if let Some(c) = self.conns.get_mut(id) {
                c.outbox.push_back(Rc::clone(&shared));
            }
        }
        subs.len()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.conns
            .get_mut(&conn)
            .map(|c| c.outbox.drain(..).map(|m| m.to_string()).collect())
            .unwrap_or_default()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids: Vec<ConnId> = self
            .topics
            .get(topic)
            .map(|s| s.iter().copied().collect())
            .unwrap_or_default();
        ids.sort_unstable();
        ids
    }

    pub fn topic_count(&self) -> usize {
        self.topics.len()
    }
}
