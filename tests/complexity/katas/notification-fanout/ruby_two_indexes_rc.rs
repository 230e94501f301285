// learner: optimal
// idiom: Ruby-style two hash indexes (topic->set, conn->topics+outbox), Rc<str> fan-out, Option combinators throughout
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet, VecDeque};
use std::rc::Rc;

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

#[derive(Debug, Default)]
struct Conn {
    topics: HashSet<String>,
    outbox: VecDeque<Rc<str>>,
}

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    conns: HashMap<ConnId, Conn>,
    by_topic: HashMap<String, HashSet<ConnId>>,
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
        let fresh = self
            .conns
            .get_mut(&conn)
            .map(|c| c.topics.insert(topic.to_owned()))
            .unwrap_or(false);
        if fresh {
            self.by_topic.entry(topic.to_owned()).or_default().insert(conn);
        }
        fresh
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let removed = self.conns.get_mut(&conn).map_or(false, |c| c.topics.remove(topic));
        if removed {
            self.forget(topic, conn);
        }
        removed
    }

    fn forget(&mut self, topic: &str, conn: ConnId) {
        let empty = self
            .by_topic
            .get_mut(topic)
            .map(|subs| subs.remove(&conn) && subs.is_empty())
            .unwrap_or(false);
        if empty {
            self.by_topic.remove(topic);
        }
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        self.conns
            .remove(&conn)
            .map(|c| c.topics.iter().for_each(|t| self.forget(t, conn)))
            .is_some()
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let shared: Rc<str> = Rc::from(msg);
        let Some(subs) = self.by_topic.get(topic) else { return 0 };
        subs.iter().for_each(|id| {
            if let Some(c) = self.conns.get_mut(id) {
                c.outbox.push_back(Rc::clone(&shared));
            }
        });
        subs.len()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.conns
            .get_mut(&conn)
            .map(|c| c.outbox.drain(..).map(|m| m.to_string()).collect())
            .unwrap_or_default()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids: Vec<ConnId> = self.by_topic.get(topic).into_iter().flatten().copied().collect();
        ids.sort_unstable();
        ids
    }

    pub fn topic_count(&self) -> usize {
        self.by_topic.len()
    }
}
