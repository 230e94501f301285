// learner: optimal
// idiom: OOP: a generic reusable BiMultiMap<L, R> (link / unlink / unlink_left / right_of) owning both indexes, Hub composes it with an outbox map
//! Topic fan-out for a real-time notification server: see README.md.
use std::collections::{HashMap, HashSet};
use std::hash::Hash;

pub type ConnId = u64;

#[derive(Debug)]
struct BiMultiMap<L: Eq + Hash + Clone, R: Eq + Hash + Clone> {
    by_left: HashMap<L, HashSet<R>>,
    by_right: HashMap<R, HashSet<L>>,
}

impl<L: Eq + Hash + Clone, R: Eq + Hash + Clone> Default for BiMultiMap<L, R> {
    fn default() -> Self {
        BiMultiMap { by_left: HashMap::new(), by_right: HashMap::new() }
    }
}

impl<L: Eq + Hash + Clone, R: Eq + Hash + Clone> BiMultiMap<L, R> {
    fn link(&mut self, l: L, r: R) -> bool {
        if !self.by_left.entry(l.clone()).or_default().insert(r.clone()) {
            return false;
        }
        self.by_right.entry(r).or_default().insert(l);
        true
    }

    fn drop_right(&mut self, r: &R, l: &L) {
        if let Some(ls) = self.by_right.get_mut(r) {
            ls.remove(l);
            if ls.is_empty() {
                self.by_right.remove(r);
            }
        }
    }

    fn unlink(&mut self, l: &L, r: &R) -> bool {
        let removed = self.by_left.get_mut(l).map_or(false, |rs| rs.remove(r));
        if removed {
            self.drop_right(r, l);
        }
        removed
    }

    fn unlink_left(&mut self, l: &L) {
        if let Some(rs) = self.by_left.remove(l) {
            for r in rs.iter() {
                self.drop_right(r, l);
            }
        }
    }

    fn lefts_of(&self, r: &R) -> Option<&HashSet<L>> {
        self.by_right.get(r)
    }

    fn right_count(&self) -> usize {
        self.by_right.len()
    }
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    outboxes: HashMap<ConnId, Vec<String>>,
    subs: BiMultiMap<ConnId, String>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.outboxes.insert(id, Vec::new());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.outboxes.contains_key(&conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        self.is_connected(conn) && self.subs.link(conn, topic.to_string())
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        self.subs.unlink(&conn, &topic.to_string())
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        if self.outboxes.remove(&conn).is_none() {
            return false;
        }
        self.subs.unlink_left(&conn);
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(ids) = self.subs.lefts_of(&topic.to_string()) else { return 0 };
        let mut sent = 0;
        for id in ids {
            if let Some(ob) = self.outboxes.get_mut(id) {
                ob.push(msg.to_owned());
                sent += 1;
            }
        }
        sent
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.outboxes.get_mut(&conn).map(std::mem::take).unwrap_or_default()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut v: Vec<ConnId> = self
            .subs
            .lefts_of(&topic.to_string())
            .map(|s| s.iter().copied().collect())
            .unwrap_or_default();
        v.sort();
        v
    }

    pub fn topic_count(&self) -> usize {
        self.subs.right_count()
    }
}
