// learner: optimal
// idiom: senior library style: private Connection struct, topic->HashSet and reverse index, shared Rc<str> messages, impl Iterator helper
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

/// One live connection: the topics it follows and its pending outbox.
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
    audiences: HashMap<String, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    /// Registers a new connection and returns its id. O(1).
    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.connections.insert(id, Connection::default());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.connections.contains_key(&conn)
    }

    /// Subscribes `conn` to `topic`. `false` if the connection is unknown or already subscribed. O(1).
    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(connection) = self.connections.get_mut(&conn) else {
            return false;
        };
        if !connection.topics.insert(topic.to_owned()) {
            return false;
        }
        self.audiences.entry(topic.to_owned()).or_default().insert(conn);
        true
    }

    /// Removes one subscription. `false` if there was none. O(1).
    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let removed = self
            .connections
            .get_mut(&conn)
            .is_some_and(|c| c.topics.remove(topic));
        if removed {
            self.forget_listener(topic, conn);
        }
        removed
    }

    /// Drops the connection, its subscriptions and its undelivered messages.
    /// `false` if it was not connected. O(topics of this connection).
    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        match self.connections.remove(&conn) {
            Some(connection) => {
                for topic in &connection.topics {
                    self.forget_listener(topic, conn);
                }
                true
            }
            None => false,
        }
    }

    /// Delivers `msg` to every subscriber of `topic`; returns how many got it.
    /// O(subscribers of this topic).
    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(listeners) = self.audiences.get(topic) else {
            return 0;
        };
        let shared: Rc<str> = Rc::from(msg);
        for id in listeners {
            if let Some(connection) = self.connections.get_mut(id) {
                connection.outbox.push(Rc::clone(&shared));
            }
        }
        listeners.len()
    }

    /// Takes the messages waiting for `conn`, oldest first. Empty for an unknown connection.
    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.connections
            .get_mut(&conn)
            .map(|c| std::mem::take(&mut c.outbox))
            .unwrap_or_default()
            .iter()
            .map(|m| m.to_string())
            .collect()
    }

    /// The subscribers of `topic`, in ascending id order.
    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids: Vec<ConnId> = self.listeners_of(topic).collect();
        ids.sort_unstable();
        ids
    }

    /// Number of topics with at least one subscriber.
    pub fn topic_count(&self) -> usize {
        self.audiences.len()
    }

    fn listeners_of<'a>(&'a self, topic: &str) -> impl Iterator<Item = ConnId> + 'a {
        self.audiences.get(topic).into_iter().flatten().copied()
    }

    fn forget_listener(&mut self, topic: &str, conn: ConnId) {
        if let Some(set) = self.audiences.get_mut(topic) {
            set.remove(&conn);
            if set.is_empty() {
                self.audiences.remove(topic);
            }
        }
    }
}
