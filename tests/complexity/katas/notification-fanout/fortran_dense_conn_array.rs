// learner: optimal
// idiom: Fortran port: ids are dense, so connections live in a Vec<Option<Conn>> indexed by id; topic -> HashSet index; Rc<str> shared per publish
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

#[derive(Debug, Default)]
struct Conn {
    topics: HashSet<String>,
    outbox: Vec<Rc<str>>,
}

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    conns: Vec<Option<Conn>>,
    subs: HashMap<String, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.conns.push(Some(Conn::default()));
        id
    }

    fn slot(&mut self, conn: ConnId) -> Option<&mut Conn> {
        let i = conn as usize;
        if conn >= self.next_id {
            return None;
        }
        self.conns[i].as_mut()
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        conn < self.next_id && self.conns[conn as usize].is_some()
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let c = match self.slot(conn) {
            Some(c) => c,
            None => return false,
        };
        if !c.topics.insert(topic.to_string()) {
            return false;
        }
        self.subs.entry(topic.to_string()).or_default().insert(conn);
        true
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let c = match self.slot(conn) {
            Some(c) => c,
            None => return false,
        };
        if !c.topics.remove(topic) {
            return false;
        }
        let mut gone = false;
        if let Some(set) = self.subs.get_mut(topic) {
            set.remove(&conn);
            gone = set.is_empty();
        }
        if gone {
            self.subs.remove(topic);
        }
        true
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        if !self.is_connected(conn) {
            return false;
        }
        let c = self.conns[conn as usize].take().unwrap();
        for t in c.topics.iter() {
            let mut gone = false;
            if let Some(set) = self.subs.get_mut(t.as_str()) {
                set.remove(&conn);
                gone = set.is_empty();
            }
            if gone {
                self.subs.remove(t.as_str());
            }
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let set = match self.subs.get(topic) {
            Some(s) => s,
            None => return 0,
        };
        let shared: Rc<str> = Rc::from(msg);
        let mut ndel = 0usize;
        for id in set.iter() {
            if let Some(c) = self.conns[*id as usize].as_mut() {
                c.outbox.push(Rc::clone(&shared));
                ndel += 1;
            }
        }
        ndel
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.slot(conn) {
            None => Vec::new(),
            Some(c) => {
                let pending = std::mem::take(&mut c.outbox);
                let mut out = Vec::with_capacity(pending.len());
                for k in 0..pending.len() {
                    out.push(pending[k].to_string());
                }
                out
            }
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut v: Vec<ConnId> = match self.subs.get(topic) {
            Some(s) => s.iter().copied().collect(),
            None => Vec::new(),
        };
        v.sort_unstable();
        v
    }

    pub fn topic_count(&self) -> usize {
        self.subs.len()
    }
}
