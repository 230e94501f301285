// learner: optimal
// idiom: Rc<RefCell<VecDeque<Rc<str>>>> outboxes shared between the connection table and each topic's subscriber map, topics as Rc<str>, std::mem::take in drain
//! Topic fan-out for a real-time notification server: see README.md.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet, VecDeque};
use std::rc::Rc;

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

type Outbox = Rc<RefCell<VecDeque<Rc<str>>>>;

#[derive(Debug, Default)]
struct Conn {
    outbox: Outbox,
    topics: HashSet<Rc<str>>,
}

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    conns: HashMap<ConnId, Conn>,
    topics: HashMap<Rc<str>, HashMap<ConnId, Outbox>>,
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
        if c.topics.contains(topic) {
            return false;
        }
        let name: Rc<str> = match self.topics.get_key_value(topic) {
            Some((k, _)) => Rc::clone(k),
            None => Rc::from(topic),
        };
        c.topics.insert(Rc::clone(&name));
        self.topics.entry(name).or_default().insert(conn, Rc::clone(&c.outbox));
        true
    }

    fn forget(&mut self, conn: ConnId, topic: &str) {
        if let Some(subs) = self.topics.get_mut(topic) {
            subs.remove(&conn);
            if subs.is_empty() {
                self.topics.remove(topic);
            }
        }
    }

    /// Removes one subscription. `false` if there was none. O(1).
    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let removed = self.conns.get_mut(&conn).map_or(false, |c| c.topics.remove(topic));
        if removed {
            self.forget(conn, topic);
        }
        removed
    }

    /// Drops the connection, its subscriptions and its undelivered messages.
    /// `false` if it was not connected. O(topics of this connection).
    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        match self.conns.remove(&conn) {
            None => false,
            Some(c) => {
                for t in &c.topics {
                    self.forget(conn, t);
                }
                true
            }
        }
    }

    /// Delivers `msg` to every subscriber of `topic`; returns how many got it.
    /// O(subscribers of this topic).
    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(subs) = self.topics.get(topic) else {
            return 0;
        };
        let shared: Rc<str> = Rc::from(msg);
        for outbox in subs.values() {
            outbox.borrow_mut().push_back(Rc::clone(&shared));
        }
        subs.len()
    }

    /// Takes the messages waiting for `conn`, oldest first. Empty for an unknown connection.
    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.conns.get(&conn) {
            Some(c) => std::mem::take(&mut *c.outbox.borrow_mut())
                .into_iter()
                .map(|m| m.to_string())
                .collect(),
            None => Vec::new(),
        }
    }

    /// The subscribers of `topic`, in ascending id order.
    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids: Vec<ConnId> = self
            .topics
            .get(topic)
            .map(|subs| subs.keys().copied().collect())
            .unwrap_or_default();
        ids.sort_unstable();
        ids
    }

    /// Number of topics with at least one subscriber.
    pub fn topic_count(&self) -> usize {
        self.topics.len()
    }
}
