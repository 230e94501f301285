// learner: optimal
// idiom: modern Rust, topic->HashSet and conn->Conn{topics,outbox} indexes, let-else, Rc<str> shared message, is_some_and
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

#[derive(Debug, Default)]
struct Conn {
    topics: HashSet<String>,
    outbox: Vec<Rc<str>>,
}

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    conns: HashMap<ConnId, Conn>,
    by_topic: HashMap<String, HashSet<ConnId>>,
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
        let Some(c) = self.conns.get_mut(&conn) else { return false };
        if !c.topics.insert(topic.to_owned()) {
            return false;
        }
        self.by_topic.entry(topic.to_owned()).or_default().insert(conn);
        true
    }

    fn forget(&mut self, conn: ConnId, topic: &str) {
        if let Some(subs) = self.by_topic.get_mut(topic) {
            subs.remove(&conn);
            if subs.is_empty() {
                self.by_topic.remove(topic);
            }
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let removed = self.conns.get_mut(&conn).is_some_and(|c| c.topics.remove(topic));
        if removed {
            self.forget(conn, topic);
        }
        removed
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let Some(c) = self.conns.remove(&conn) else { return false };
        for topic in &c.topics {
            self.forget(conn, topic);
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(subs) = self.by_topic.get(topic) else { return 0 };
        let shared: Rc<str> = Rc::from(msg);
        for id in subs {
            if let Some(c) = self.conns.get_mut(id) {
                c.outbox.push(Rc::clone(&shared));
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
        let mut ids: Vec<ConnId> = self.by_topic.get(topic).into_iter().flatten().copied().collect();
        ids.sort_unstable();
        ids
    }

    pub fn topic_count(&self) -> usize {
        self.by_topic.len()
    }
}
