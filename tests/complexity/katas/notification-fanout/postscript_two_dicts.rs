// learner: optimal
// idiom: PostScript: two dictionaries pointing at each other: topic -> set of connections, and connection -> (its topics, its outbox); one Rc<str> per message shared by all outboxes
// why: publish touches only the topic's s subscribers, subscribe is a couple of O(1) expected inserts, disconnect undoes its t topics: O(s) / O(1) / O(t)
//! Topic fan-out for a real-time notification server: see README.md.

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

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
    topics: HashMap<String, HashSet<ConnId>>,
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
        let c = match self.conns.get_mut(&conn) {
            Some(c) => c,
            None => return false,
        };
        if !c.topics.insert(topic.to_string()) {
            return false;
        }
        self.topics.entry(topic.to_string()).or_default().insert(conn);
        true
    }

    /// Removes one subscription. `false` if there was none. O(1).
    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let c = match self.conns.get_mut(&conn) {
            Some(c) => c,
            None => return false,
        };
        if !c.topics.remove(topic) {
            return false;
        }
        self.drop_listener(topic, conn);
        true
    }

    /// take `conn` out of a topic's set, forgetting the topic when it empties
    fn drop_listener(&mut self, topic: &str, conn: ConnId) {
        let now_empty = match self.topics.get_mut(topic) {
            Some(set) => {
                set.remove(&conn);
                set.is_empty()
            }
            None => false,
        };
        if now_empty {
            self.topics.remove(topic);
        }
    }

    /// Drops the connection, its subscriptions and its undelivered messages.
    /// `false` if it was not connected. O(topics of this connection).
    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let c = match self.conns.remove(&conn) {
            Some(c) => c,
            None => return false,
        };
        for topic in c.topics.iter() {
            self.drop_listener(topic, conn);
        }
        true
    }

    /// Delivers `msg` to every subscriber of `topic`; returns how many got it.
    /// O(subscribers of this topic).
    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let set = match self.topics.get(topic) {
            Some(s) => s,
            None => return 0,
        };
        let shared: Rc<str> = Rc::from(msg);
        let mut delivered = 0;
        for id in set.iter() {
            if let Some(c) = self.conns.get_mut(id) {
                c.outbox.push(Rc::clone(&shared));
                delivered += 1;
            }
        }
        delivered
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
        let mut ids: Vec<ConnId> = match self.topics.get(topic) {
            Some(s) => s.iter().copied().collect(),
            None => Vec::new(),
        };
        ids.sort_unstable();
        ids
    }

    /// Number of topics with at least one subscriber.
    pub fn topic_count(&self) -> usize {
        self.topics.len()
    }
}
