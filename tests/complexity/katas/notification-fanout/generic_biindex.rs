// learner: optimal
// idiom: heavy generics and traits: a generic two-way Relation<L, R> with a Link trait, the hub composes it
use std::collections::{HashMap, HashSet};
use std::hash::Hash;
use std::rc::Rc;

pub type ConnId = u64;

/// Something that relates left keys to right keys, many-to-many.
trait Link<L, R> {
    fn link(&mut self, left: L, right: R) -> bool;
    fn unlink(&mut self, left: &L, right: &R) -> bool;
    fn rights_of(&self, left: &L) -> Option<&HashSet<R>>;
    fn lefts_of(&self, right: &R) -> Option<&HashSet<L>>;
    fn drop_left(&mut self, left: &L);
}

/// Two hash indexes kept in sync: left -> rights and right -> lefts.
#[derive(Debug)]
struct Relation<L, R> {
    forward: HashMap<L, HashSet<R>>,
    backward: HashMap<R, HashSet<L>>,
}

impl<L, R> Default for Relation<L, R> {
    fn default() -> Self {
        Relation { forward: HashMap::new(), backward: HashMap::new() }
    }
}

fn remove_and_prune<K: Hash + Eq, V: Hash + Eq>(map: &mut HashMap<K, HashSet<V>>, key: &K, value: &V) -> bool {
    let Some(set) = map.get_mut(key) else { return false };
    let removed = set.remove(value);
    if set.is_empty() {
        map.remove(key);
    }
    removed
}

impl<L: Hash + Eq + Clone, R: Hash + Eq + Clone> Link<L, R> for Relation<L, R> {
    fn link(&mut self, left: L, right: R) -> bool {
        if !self.forward.entry(left.clone()).or_default().insert(right.clone()) {
            return false;
        }
        self.backward.entry(right).or_default().insert(left);
        true
    }

    fn unlink(&mut self, left: &L, right: &R) -> bool {
        if !remove_and_prune(&mut self.forward, left, right) {
            return false;
        }
        remove_and_prune(&mut self.backward, right, left);
        true
    }

    fn rights_of(&self, left: &L) -> Option<&HashSet<R>> {
        self.forward.get(left)
    }

    fn lefts_of(&self, right: &R) -> Option<&HashSet<L>> {
        self.backward.get(right)
    }

    fn drop_left(&mut self, left: &L) {
        if let Some(rights) = self.forward.remove(left) {
            for right in rights {
                remove_and_prune(&mut self.backward, &right, left);
            }
        }
    }
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    outboxes: HashMap<ConnId, Vec<Rc<str>>>,
    subs: Relation<ConnId, Rc<str>>,
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
        self.is_connected(conn) && self.subs.link(conn, Rc::from(topic))
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        self.subs.unlink(&conn, &Rc::from(topic))
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        if self.outboxes.remove(&conn).is_none() {
            return false;
        }
        self.subs.drop_left(&conn);
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(conns) = self.subs.lefts_of(&Rc::from(topic)) else { return 0 };
        let payload: Rc<str> = msg.into();
        for c in conns {
            if let Some(outbox) = self.outboxes.get_mut(c) {
                outbox.push(payload.clone());
            }
        }
        conns.len()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.outboxes.get_mut(&conn) {
            Some(outbox) => outbox.drain(..).map(|m| String::from(&*m)).collect(),
            None => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut v: Vec<ConnId> = self.subs.lefts_of(&Rc::from(topic)).into_iter().flatten().copied().collect();
        v.sort();
        v
    }

    pub fn topic_count(&self) -> usize {
        self.subs.backward.len()
    }
}
