//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

#[derive(Debug, Default)]
struct Conn {
    /// Reverse index: the topics this connection is subscribed to.
    topics: HashSet<String>,
    /// Messages delivered but not yet drained. One published message is shared by all outboxes.
    outbox: Vec<Rc<str>>,
}

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    /// topic -> subscribed connections (no entry for a topic without subscribers).
    topics: HashMap<String, HashSet<ConnId>>,
    conns: HashMap<ConnId, Conn>,
    next_id: ConnId,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    /// Registers a new connection and returns its id. O(1).
    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.conns.insert(id, Conn::default());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.conns.contains_key(&conn)
    }

    /// Subscribes `conn` to `topic`. `false` if the connection is unknown or already subscribed. O(1).
    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(c) = self.conns.get_mut(&conn) else {
            return false;
        };
        if !c.topics.insert(topic.to_string()) {
            return false;
        }
        self.topics.entry(topic.to_string()).or_default().insert(conn);
        true
    }

    /// Removes one subscription. `false` if there was none. O(1).
    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(c) = self.conns.get_mut(&conn) else {
            return false;
        };
        if !c.topics.remove(topic) {
            return false;
        }
        self.remove_from_topic(conn, topic);
        true
    }

    fn remove_from_topic(&mut self, conn: ConnId, topic: &str) {
        if let Some(subs) = self.topics.get_mut(topic) {
            subs.remove(&conn);
            if subs.is_empty() {
                self.topics.remove(topic);
            }
        }
    }

    /// Drops the connection, its subscriptions and its undelivered messages.
    /// `false` if it was not connected. O(topics of this connection).
    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let Some(c) = self.conns.remove(&conn) else {
            return false;
        };
        for topic in &c.topics {
            self.remove_from_topic(conn, topic);
        }
        true
    }

    /// Delivers `msg` to every subscriber of `topic`; returns how many got it.
    /// O(subscribers of this topic).
    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(subs) = self.topics.get(topic) else {
            return 0;
        };
        let shared: Rc<str> = Rc::from(msg);
        for id in subs {
            if let Some(c) = self.conns.get_mut(id) {
                c.outbox.push(Rc::clone(&shared));
            }
        }
        subs.len()
    }

    /// Takes the messages waiting for `conn`, oldest first. Empty for an unknown connection.
    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.conns.get_mut(&conn) {
            Some(c) => c.outbox.drain(..).map(|m| m.to_string()).collect(),
            None => Vec::new(),
        }
    }

    /// The subscribers of `topic`, in ascending id order.
    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids: Vec<ConnId> = self.topics.get(topic).map(|s| s.iter().copied().collect()).unwrap_or_default();
        ids.sort_unstable();
        ids
    }

    /// Number of topics with at least one subscriber.
    pub fn topic_count(&self) -> usize {
        self.topics.len()
    }
}
