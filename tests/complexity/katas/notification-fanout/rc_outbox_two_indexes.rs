// learner: optimal
// idiom: Dart/Flutter-turned-Rust: a Connection model class (topic set + outbox of shared Rc<str>), two HashMaps as forward and reverse indexes, early-return guard clauses, sort only when subscribers() is asked
//! Topic fan-out for a real-time notification server: see README.md.
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

#[derive(Debug, Default)]
struct Connection {
    topics: HashSet<String>,
    outbox: Vec<Rc<str>>,
}

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    connections: HashMap<ConnId, Connection>,
    listeners: HashMap<String, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.connections.insert(id, Connection::default());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.connections.contains_key(&conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(connection) = self.connections.get_mut(&conn) else {
            return false;
        };
        if !connection.topics.insert(topic.to_string()) {
            return false;
        }
        self.listeners.entry(topic.to_string()).or_default().insert(conn);
        true
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(connection) = self.connections.get_mut(&conn) else {
            return false;
        };
        if !connection.topics.remove(topic) {
            return false;
        }
        self.forget_listener(topic, conn);
        true
    }

    fn forget_listener(&mut self, topic: &str, conn: ConnId) {
        if let Some(set) = self.listeners.get_mut(topic) {
            set.remove(&conn);
            if set.is_empty() {
                self.listeners.remove(topic);
            }
        }
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let Some(connection) = self.connections.remove(&conn) else {
            return false;
        };
        for topic in &connection.topics {
            self.forget_listener(topic, conn);
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(set) = self.listeners.get(topic) else {
            return 0;
        };
        let shared: Rc<str> = Rc::from(msg);
        for id in set {
            if let Some(connection) = self.connections.get_mut(id) {
                connection.outbox.push(Rc::clone(&shared));
            }
        }
        set.len()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.connections
            .get_mut(&conn)
            .map(|c| std::mem::take(&mut c.outbox).iter().map(|m| m.to_string()).collect())
            .unwrap_or_default()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids: Vec<ConnId> = self.listeners.get(topic).map(|s| s.iter().copied().collect()).unwrap_or_default();
        ids.sort_unstable();
        ids
    }

    pub fn topic_count(&self) -> usize {
        self.listeners.len()
    }
}
