// learner: optimal
// idiom: Fortran-style interning: topic names mapped to integer slots in parallel arrays (names, subscriber sets) with a free list; connections hold slot numbers
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    // connection arrays
    conn_topics: HashMap<ConnId, HashSet<usize>>,
    conn_box: HashMap<ConnId, Vec<Rc<str>>>,
    // topic arrays (parallel, indexed by slot)
    slot_of: HashMap<String, usize>,
    t_name: Vec<String>,
    t_subs: Vec<HashSet<ConnId>>,
    free: Vec<usize>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id = self.next_id + 1;
        self.conn_topics.insert(id, HashSet::new());
        self.conn_box.insert(id, Vec::new());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.conn_topics.contains_key(&conn)
    }

    fn intern(&mut self, topic: &str) -> usize {
        if let Some(&k) = self.slot_of.get(topic) {
            return k;
        }
        let k = match self.free.pop() {
            Some(k) => {
                self.t_name[k] = topic.to_string();
                k
            }
            None => {
                self.t_name.push(topic.to_string());
                self.t_subs.push(HashSet::new());
                self.t_name.len() - 1
            }
        };
        self.slot_of.insert(topic.to_string(), k);
        k
    }

    fn release_if_empty(&mut self, k: usize) {
        if self.t_subs[k].is_empty() {
            let name = std::mem::take(&mut self.t_name[k]);
            self.slot_of.remove(&name);
            self.free.push(k);
        }
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if !self.conn_topics.contains_key(&conn) {
            return false;
        }
        let k = self.intern(topic);
        let added = self.t_subs[k].insert(conn);
        if added {
            self.conn_topics.get_mut(&conn).unwrap().insert(k);
        }
        added
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let k = match self.slot_of.get(topic) {
            Some(&k) => k,
            None => return false,
        };
        let mine = match self.conn_topics.get_mut(&conn) {
            Some(set) => set,
            None => return false,
        };
        if !mine.remove(&k) {
            return false;
        }
        self.t_subs[k].remove(&conn);
        self.release_if_empty(k);
        true
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let mine = match self.conn_topics.remove(&conn) {
            Some(set) => set,
            None => return false,
        };
        self.conn_box.remove(&conn);
        for k in mine {
            self.t_subs[k].remove(&conn);
            self.release_if_empty(k);
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let k = match self.slot_of.get(topic) {
            Some(&k) => k,
            None => return 0,
        };
        let m: Rc<str> = Rc::from(msg);
        let mut n = 0;
        for c in self.t_subs[k].iter() {
            self.conn_box.get_mut(c).unwrap().push(m.clone());
            n += 1;
        }
        n
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(b) = self.conn_box.get_mut(&conn) {
            for m in b.drain(..) {
                out.push(String::from(&*m));
            }
        }
        out
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut v = Vec::new();
        if let Some(&k) = self.slot_of.get(topic) {
            v.extend(self.t_subs[k].iter().copied());
        }
        v.sort();
        v
    }

    pub fn topic_count(&self) -> usize {
        self.slot_of.len()
    }
}
