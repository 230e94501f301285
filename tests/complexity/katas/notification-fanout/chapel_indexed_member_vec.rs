// learner: optimal
// idiom: Chapel HPC programmer: each topic keeps its members in a contiguous array for a streaming publish loop, plus a position map so removal is a swap-with-last (O(1)); connection records hold their topic set and a shared-message outbox
//! Topic fan-out for a real-time notification server: see README.md.
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

pub type ConnId = u64;

/// dense member array + position index: insert, remove, iterate all O(1)/O(s)
#[derive(Debug, Default)]
struct MemberSet {
    members: Vec<ConnId>,
    posOf: HashMap<ConnId, usize>,
}

impl MemberSet {
    fn add(&mut self, c: ConnId) -> bool {
        if self.posOf.contains_key(&c) {
            return false;
        }
        self.posOf.insert(c, self.members.len());
        self.members.push(c);
        true
    }

    fn del(&mut self, c: ConnId) -> bool {
        let Some(p) = self.posOf.remove(&c) else { return false };
        let last = self.members.len() - 1;
        self.members.swap(p, last);
        self.members.pop();
        if p < last {
            let moved = self.members[p];
            self.posOf.insert(moved, p);
        }
        true
    }
}

#[derive(Debug, Default)]
struct Conn {
    topics: HashSet<String>,
    outbox: Vec<Rc<str>>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    conns: HashMap<ConnId, Conn>,
    topics: HashMap<String, MemberSet>,
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
        c.topics.insert(topic.to_string());
        self.topics.entry(topic.to_string()).or_default().add(conn)
    }

    fn leave(&mut self, topic: &str, conn: ConnId) {
        if let Some(set) = self.topics.get_mut(topic) {
            set.del(conn);
            if set.members.is_empty() {
                self.topics.remove(topic);
            }
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(c) = self.conns.get_mut(&conn) else { return false };
        if !c.topics.remove(topic) {
            return false;
        }
        self.leave(topic, conn);
        true
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let Some(c) = self.conns.remove(&conn) else { return false };
        for t in &c.topics {
            self.leave(t, conn);
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(set) = self.topics.get(topic) else { return 0 };
        let m: Rc<str> = msg.into();
        for i in 0..set.members.len() {
            let id = set.members[i];
            self.conns.get_mut(&id).expect("member is connected").outbox.push(m.clone());
        }
        set.members.len()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        let Some(c) = self.conns.get_mut(&conn) else { return Vec::new() };
        let pending = std::mem::take(&mut c.outbox);
        let mut out = Vec::with_capacity(pending.len());
        for m in pending {
            out.push(m.to_string());
        }
        out
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let Some(set) = self.topics.get(topic) else { return Vec::new() };
        let mut ids = set.members.clone();
        ids.sort_unstable();
        ids
    }

    pub fn topic_count(&self) -> usize {
        self.topics.len()
    }
}
