// learner: slow
// why: Hub::publish is O(connections) time, target O(s): only conn->topics is kept, so publish asks every connection
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet};

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

#[derive(Debug, Default)]
struct Client {
    topics: HashSet<String>,
    inbox: Vec<String>,
}

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    // every connection with the topics it follows
    clients: HashMap<ConnId, Client>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.clients.insert(id, Client::default());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.clients.contains_key(&conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        match self.clients.get_mut(&conn) {
            Some(c) => c.topics.insert(topic.to_string()),
            None => false,
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        match self.clients.get_mut(&conn) {
            Some(c) => c.topics.remove(topic),
            None => false,
        }
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        self.clients.remove(&conn).is_some()
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let mut n = 0;
        for client in self.clients.values_mut() {
            if client.topics.contains(topic) {
                client.inbox.push(msg.to_string());
                n += 1;
            }
        }
        n
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.clients.get_mut(&conn) {
            Some(c) => std::mem::take(&mut c.inbox),
            None => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids: Vec<ConnId> =
            self.clients.iter().filter(|(_, c)| c.topics.contains(topic)).map(|(id, _)| *id).collect();
        ids.sort();
        ids
    }

    pub fn topic_count(&self) -> usize {
        let mut all: HashSet<&String> = HashSet::new();
        for c in self.clients.values() {
            for t in &c.topics {
                all.insert(t);
            }
        }
        all.len()
    }
}
