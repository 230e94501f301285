// learner: optimal
// idiom: q/kdb+ quant: two keyed dictionaries (topic -> conn set, conn -> (topic set; outbox)), one Rc<str> per published message shared by all outboxes
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet};
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
    subs: HashMap<String, HashSet<ConnId>>,
    conns: HashMap<ConnId, Conn>,
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
        let fresh = self.conns.get_mut(&conn).is_some_and(|c| c.topics.insert(topic.to_owned()));
        if fresh {
            self.subs.entry(topic.to_owned()).or_default().insert(conn);
        }
        fresh
    }

    fn drop_sub(&mut self, conn: ConnId, topic: &str) {
        if let Some(s) = self.subs.get_mut(topic) {
            s.remove(&conn);
            if s.is_empty() {
                self.subs.remove(topic);
            }
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let had = self.conns.get_mut(&conn).is_some_and(|c| c.topics.remove(topic));
        if had {
            self.drop_sub(conn, topic);
        }
        had
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let Some(c) = self.conns.remove(&conn) else { return false };
        c.topics.iter().for_each(|t| self.drop_sub(conn, t));
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(s) = self.subs.get(topic) else { return 0 };
        let m: Rc<str> = Rc::from(msg);
        for id in s {
            if let Some(c) = self.conns.get_mut(id) {
                c.outbox.push(Rc::clone(&m));
            }
        }
        s.len()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.conns
            .get_mut(&conn)
            .map(|c| std::mem::take(&mut c.outbox).iter().map(|m| m.to_string()).collect())
            .unwrap_or_default()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut v: Vec<ConnId> = self.subs.get(topic).map(|s| s.iter().copied().collect()).unwrap_or_default();
        v.sort_unstable();
        v
    }

    pub fn topic_count(&self) -> usize {
        self.subs.len()
    }
}
