// learner: optimal
// idiom: Rails-style: two HashMap indexes (topic -> HashSet<conn>, conn -> Connection{topics, outbox}), shared Rc<str> messages, small helper methods and chains
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
    topics: HashMap<String, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    fn forget_subscriber(&mut self, topic: &str, conn: ConnId) {
        let now_empty = self
            .topics
            .get_mut(topic)
            .map(|subs| {
                subs.remove(&conn);
                subs.is_empty()
            })
            .unwrap_or(false);
        if now_empty {
            self.topics.remove(topic);
        }
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
        self.topics.entry(topic.to_string()).or_default().insert(conn);
        true
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let removed = self
            .connections
            .get_mut(&conn)
            .map_or(false, |c| c.topics.remove(topic));
        if removed {
            self.forget_subscriber(topic, conn);
        }
        removed
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        match self.connections.remove(&conn) {
            Some(connection) => {
                connection.topics.iter().for_each(|t| self.forget_subscriber(t, conn));
                true
            }
            None => false,
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(subs) = self.topics.get(topic) else {
            return 0;
        };
        let shared: Rc<str> = Rc::from(msg);
        for id in subs {
            if let Some(c) = self.connections.get_mut(id) {
                c.outbox.push(Rc::clone(&shared));
            }
        }
        subs.len()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.connections
            .get_mut(&conn)
            .map(|c| c.outbox.drain(..).map(|m| m.to_string()).collect())
            .unwrap_or_default()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids: Vec<ConnId> = self.topics.get(topic).into_iter().flatten().copied().collect();
        ids.sort_unstable();
        ids
    }

    pub fn topic_count(&self) -> usize {
        self.topics.len()
    }
}
