// learner: optimal
// idiom: beginner-verbose, connection state as a (HashSet<String>, Vec<String>) tuple destructured with match, many tiny private helpers, explicit clones
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet};

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    // conn -> (its topics, its pending messages)
    state: HashMap<ConnId, (HashSet<String>, Vec<String>)>,
    // topic -> its subscribers
    listeners: HashMap<String, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    /// Registers a new connection and returns its id. O(1).
    pub fn connect(&mut self) -> ConnId {
        let new_id = self.next_id;
        self.next_id = self.next_id + 1;
        let empty_topics: HashSet<String> = HashSet::new();
        let empty_outbox: Vec<String> = Vec::new();
        self.state.insert(new_id, (empty_topics, empty_outbox));
        new_id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.state.contains_key(&conn)
    }

    fn add_listener(&mut self, topic: &str, conn: ConnId) {
        match self.listeners.get_mut(topic) {
            Some(set) => {
                set.insert(conn);
            }
            None => {
                let mut set = HashSet::new();
                set.insert(conn);
                self.listeners.insert(topic.to_string(), set);
            }
        }
    }

    fn drop_listener(&mut self, topic: &str, conn: ConnId) {
        let mut now_empty = false;
        if let Some(set) = self.listeners.get_mut(topic) {
            set.remove(&conn);
            if set.is_empty() {
                now_empty = true;
            }
        }
        if now_empty {
            self.listeners.remove(topic);
        }
    }

    /// Subscribes `conn` to `topic`. `false` if the connection is unknown or already subscribed. O(1).
    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let added = match self.state.get_mut(&conn) {
            None => false,
            Some((topics, _outbox)) => {
                if topics.contains(topic) {
                    false
                } else {
                    topics.insert(topic.to_string());
                    true
                }
            }
        };
        if added {
            self.add_listener(topic, conn);
        }
        added
    }

    /// Removes one subscription. `false` if there was none. O(1).
    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let removed = match self.state.get_mut(&conn) {
            None => false,
            Some((topics, _outbox)) => topics.remove(topic),
        };
        if removed {
            self.drop_listener(topic, conn);
        }
        removed
    }

    /// Drops the connection, its subscriptions and its undelivered messages.
    /// `false` if it was not connected. O(topics of this connection).
    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let old = self.state.remove(&conn);
        match old {
            None => false,
            Some((topics, _outbox)) => {
                for topic in topics.iter() {
                    self.drop_listener(topic, conn);
                }
                true
            }
        }
    }

    /// Delivers `msg` to every subscriber of `topic`; returns how many got it.
    /// O(subscribers of this topic).
    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let mut delivered = 0;
        if let Some(set) = self.listeners.get(topic) {
            for conn in set.iter() {
                if let Some((_topics, outbox)) = self.state.get_mut(conn) {
                    outbox.push(msg.to_string());
                    delivered = delivered + 1;
                }
            }
        }
        delivered
    }

    /// Takes the messages waiting for `conn`, oldest first. Empty for an unknown connection.
    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.state.get_mut(&conn) {
            Some((_topics, outbox)) => std::mem::replace(outbox, Vec::new()),
            None => Vec::new(),
        }
    }

    /// The subscribers of `topic`, in ascending id order.
    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut result = Vec::new();
        if let Some(set) = self.listeners.get(topic) {
            for conn in set.iter() {
                result.push(*conn);
            }
        }
        result.sort();
        result
    }

    /// Number of topics with at least one subscriber.
    pub fn topic_count(&self) -> usize {
        self.listeners.len()
    }
}
