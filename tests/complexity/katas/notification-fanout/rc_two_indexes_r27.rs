// learner: optimal
// idiom: Idris dependent-types fan: two mutually-inverse indexes (topic -> conns, conn -> topics) with a Conn record; one shared Rc<str> per published message
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet, VecDeque};
use std::rc::Rc;

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

/// A live connection. Invariant: `c in topics[t]` iff `t in conns[c].topics`.
#[derive(Debug, Default)]
struct Conn {
    topics: HashSet<Rc<str>>,
    outbox: VecDeque<Rc<str>>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    conns: HashMap<ConnId, Conn>,
    topics: HashMap<Rc<str>, HashSet<ConnId>>,
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
        if c.topics.contains(topic) {
            return false;
        }
        let key: Rc<str> = match self.topics.get_key_value(topic) {
            Some((k, _)) => Rc::clone(k),
            None => Rc::from(topic),
        };
        c.topics.insert(Rc::clone(&key));
        self.topics.entry(key).or_default().insert(conn);
        true
    }

    /// Drops `conn` from the topic's subscriber set, forgetting the topic when it empties.
    fn detach(topics: &mut HashMap<Rc<str>, HashSet<ConnId>>, topic: &str, conn: ConnId) {
        if let Some(subs) = topics.get_mut(topic) {
            subs.remove(&conn);
            if subs.is_empty() {
                topics.remove(topic);
            }
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(c) = self.conns.get_mut(&conn) else { return false };
        if !c.topics.remove(topic) {
            return false;
        }
        Self::detach(&mut self.topics, topic, conn);
        true
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let Some(c) = self.conns.remove(&conn) else { return false };
        for topic in &c.topics {
            Self::detach(&mut self.topics, topic, conn);
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(subs) = self.topics.get(topic) else { return 0 };
        let shared: Rc<str> = Rc::from(msg);
        for id in subs {
            if let Some(c) = self.conns.get_mut(id) {
                c.outbox.push_back(Rc::clone(&shared));
            }
        }
        subs.len()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.conns.get_mut(&conn) {
            Some(c) => c.outbox.drain(..).map(|m| m.to_string()).collect(),
            None => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids: Vec<ConnId> = self.topics.get(topic).map(|s| s.iter().copied().collect()).unwrap_or_default();
        ids.sort_unstable();
        ids
    }

    pub fn topic_count(&self) -> usize {
        self.topics.len()
    }
}
