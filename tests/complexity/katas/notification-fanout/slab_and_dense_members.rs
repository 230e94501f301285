// learner: optimal
// idiom: Idris dependent-types fan: connections in a Vec slab indexed by ConnId (ids are dense by construction), topics as dense member Vecs with a position map so removal is swap_remove
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

/// Subscribers of one topic. Invariant: `members[pos[c]] == c` for every member `c`.
#[derive(Debug, Default)]
struct Members {
    members: Vec<ConnId>,
    pos: HashMap<ConnId, usize>,
}

impl Members {
    fn add(&mut self, c: ConnId) {
        self.pos.insert(c, self.members.len());
        self.members.push(c);
    }

    fn drop_member(&mut self, c: ConnId) {
        if let Some(i) = self.pos.remove(&c) {
            self.members.swap_remove(i);
            if let Some(&moved) = self.members.get(i) {
                self.pos.insert(moved, i);
            }
        }
    }
}

#[derive(Debug, Default)]
struct Live {
    topics: HashMap<String, ()>,
    outbox: VecDeque<Rc<str>>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    slab: Vec<Option<Live>>,
    topics: HashMap<String, Members>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    fn live(&self, conn: ConnId) -> Option<&Live> {
        usize::try_from(conn).ok().and_then(|i| self.slab.get(i)).and_then(Option::as_ref)
    }

    fn live_mut(&mut self, conn: ConnId) -> Option<&mut Live> {
        usize::try_from(conn).ok().and_then(|i| self.slab.get_mut(i)).and_then(Option::as_mut)
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.slab.push(Some(Live::default()));
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.live(conn).is_some()
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(live) = self.live_mut(conn) else { return false };
        if live.topics.contains_key(topic) {
            return false;
        }
        live.topics.insert(topic.to_owned(), ());
        match self.topics.get_mut(topic) {
            Some(m) => m.add(conn),
            None => {
                let mut m = Members::default();
                m.add(conn);
                self.topics.insert(topic.to_owned(), m);
            }
        }
        true
    }

    fn forget(&mut self, topic: &str, conn: ConnId) {
        if let Some(m) = self.topics.get_mut(topic) {
            m.drop_member(conn);
            if m.members.is_empty() {
                self.topics.remove(topic);
            }
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(live) = self.live_mut(conn) else { return false };
        if live.topics.remove(topic).is_none() {
            return false;
        }
        self.forget(topic, conn);
        true
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let Some(slot) = usize::try_from(conn).ok().and_then(|i| self.slab.get_mut(i)) else { return false };
        let Some(live) = slot.take() else { return false };
        for (topic, ()) in live.topics {
            self.forget(&topic, conn);
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(m) = self.topics.get(topic) else { return 0 };
        let body: Rc<str> = Rc::from(msg);
        for &c in &m.members {
            if let Some(Some(live)) = self.slab.get_mut(c as usize) {
                live.outbox.push_back(Rc::clone(&body));
            }
        }
        m.members.len()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        let Some(live) = self.live_mut(conn) else { return Vec::new() };
        let mut out = Vec::with_capacity(live.outbox.len());
        while let Some(m) = live.outbox.pop_front() {
            out.push(String::from(&*m));
        }
        out
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut v = self.topics.get(topic).map(|m| m.members.clone()).unwrap_or_default();
        v.sort_unstable();
        v
    }

    pub fn topic_count(&self) -> usize {
        self.topics.len()
    }
}
