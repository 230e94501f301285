// learner: slow
// why: Hub::subscribe is O(log s) time, target O(1): subscribers kept in a BTreeSet so that subscribers() comes out sorted
use std::collections::{BTreeSet, HashMap, HashSet};
use std::rc::Rc;

pub type ConnId = u64;

#[derive(Debug, Default)]
struct Conn {
    topics: HashSet<String>,
    outbox: Vec<Rc<str>>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    conns: HashMap<ConnId, Conn>,
    topics: HashMap<String, BTreeSet<ConnId>>,
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
        let added = self
            .conns
            .get_mut(&conn)
            .map(|c| c.topics.insert(topic.to_string()))
            .unwrap_or(false);
        if added {
            self.topics.entry(topic.to_string()).or_default().insert(conn);
        }
        added
    }

    /// Removes `conn` from `topic`'s audience, forgetting the topic once nobody is left.
    fn leave(topics: &mut HashMap<String, BTreeSet<ConnId>>, conn: ConnId, topic: &str) {
        let now_empty = topics
            .get_mut(topic)
            .map(|subs| {
                subs.remove(&conn);
                subs.is_empty()
            })
            .unwrap_or(false);
        if now_empty {
            topics.remove(topic);
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let removed = self
            .conns
            .get_mut(&conn)
            .map(|c| c.topics.remove(topic))
            .unwrap_or(false);
        if removed {
            Self::leave(&mut self.topics, conn, topic);
        }
        removed
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        match self.conns.remove(&conn) {
            None => false,
            Some(c) => {
                c.topics
                    .iter()
                    .for_each(|t| Self::leave(&mut self.topics, conn, t));
                true
            }
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(subs) = self.topics.get(topic) else { return 0 };
        let shared: Rc<str> = Rc::from(msg);
        let conns = &mut self.conns;
        subs.iter().fold(0, |n, id| match conns.get_mut(id) {
            Some(c) => {
                c.outbox.push(Rc::clone(&shared));
                n + 1
            }
            None => n,
        })
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.conns
            .get_mut(&conn)
            .map(|c| c.outbox.drain(..).map(|m| m.to_string()).collect())
            .unwrap_or_default()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        self.topics
            .get(topic)
            .map(|s| s.iter().copied().collect())
            .unwrap_or_default()
    }

    pub fn topic_count(&self) -> usize {
        self.topics.len()
    }
}
