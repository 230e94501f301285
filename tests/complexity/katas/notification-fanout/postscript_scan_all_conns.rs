// learner: slow
// idiom: PostScript: a dictionary of connections, each holding its own set of topics, and no topic index: publish walks every connection dictionary entry and asks `known` on its topic set
// why: publish visits every connection on the server, subscriber or not: O(connections) per publish instead of O(s)
//! Topic fan-out for a real-time notification server: see README.md.

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

use std::collections::{BTreeMap, HashSet};

#[derive(Debug, Default)]
struct Conn {
    topics: HashSet<String>,
    outbox: Vec<String>,
}

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    // ordered by id, so `subscribers` comes out sorted
    book: BTreeMap<ConnId, Conn>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    /// Registers a new connection and returns its id. O(1).
    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.book.insert(id, Conn::default());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.book.contains_key(&conn)
    }

    /// Subscribes `conn` to `topic`. `false` if the connection is unknown or already subscribed. O(1).
    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        match self.book.get_mut(&conn) {
            Some(c) => c.topics.insert(topic.to_string()),
            None => false,
        }
    }

    /// Removes one subscription. `false` if there was none. O(1).
    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        match self.book.get_mut(&conn) {
            Some(c) => c.topics.remove(topic),
            None => false,
        }
    }

    /// Drops the connection, its subscriptions and its undelivered messages.
    /// `false` if it was not connected. O(topics of this connection).
    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        self.book.remove(&conn).is_some()
    }

    /// Delivers `msg` to every subscriber of `topic`; returns how many got it.
    /// O(subscribers of this topic).
    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let mut delivered = 0;
        for (_, c) in self.book.iter_mut() {
            if c.topics.contains(topic) {
                c.outbox.push(msg.to_owned());
                delivered += 1;
            }
        }
        delivered
    }

    /// Takes the messages waiting for `conn`, oldest first. Empty for an unknown connection.
    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.book.get_mut(&conn) {
            Some(c) => std::mem::take(&mut c.outbox),
            None => Vec::new(),
        }
    }

    /// The subscribers of `topic`, in ascending id order.
    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids = Vec::new();
        for (&id, c) in self.book.iter() {
            if c.topics.contains(topic) {
                ids.push(id);
            }
        }
        ids
    }

    /// Number of topics with at least one subscriber.
    pub fn topic_count(&self) -> usize {
        let mut all: HashSet<&str> = HashSet::new();
        for c in self.book.values() {
            for t in c.topics.iter() {
                all.insert(t.as_str());
            }
        }
        all.len()
    }
}
