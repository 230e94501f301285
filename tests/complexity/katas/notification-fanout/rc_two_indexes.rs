// learner: optimal
// idiom: expert: topic->HashSet and conn->(topics, VecDeque<Rc<str>>), let-else, Option combinators, mem::take
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet, VecDeque};
use std::rc::Rc;

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

#[derive(Debug, Default)]
struct Conn {
    topics: HashSet<Rc<str>>,
    outbox: VecDeque<Rc<str>>,
}

/// Who listens to what, and what each connection still has to send.
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
        self.topics.entry(key).or_default().insert(conn)
    }

    fn detach(&mut self, conn: ConnId, topic: &str) {
        let Some(subs) = self.topics.get_mut(topic) else { return };
        subs.remove(&conn);
        if subs.is_empty() {
            self.topics.remove(topic);
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let removed = self.conns.get_mut(&conn).is_some_and(|c| c.topics.remove(topic));
        if removed {
            self.detach(conn, topic);
        }
        removed
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let Some(c) = self.conns.remove(&conn) else { return false };
        for t in &c.topics {
            self.detach(conn, t);
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
        self.conns
            .get_mut(&conn)
            .map(|c| std::mem::take(&mut c.outbox).into_iter().map(|m| m.to_string()).collect())
            .unwrap_or_default()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut v: Vec<ConnId> = self.topics.get(topic).into_iter().flatten().copied().collect();
        v.sort_unstable();
        v
    }

    pub fn topic_count(&self) -> usize {
        self.topics.len()
    }
}
