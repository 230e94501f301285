// learner: optimal
// idiom: C-style tables: conns in a Vec indexed by id, interned topic slots with a free list, swap-remove subscriber arrays with back-pointers
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::HashMap;
use std::rc::Rc;

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

#[derive(Debug)]
struct ConnSlot {
    live: bool,
    /// topic slot -> index of this connection inside that topic's `subs`
    mine: HashMap<u32, usize>,
    outbox: Vec<Rc<str>>,
}

#[derive(Debug)]
struct TopicSlot {
    name: String,
    subs: Vec<ConnId>,
    next_free: u32,
}

const NONE: u32 = u32::MAX;

/// Who listens to what, and what each connection still has to send.
#[derive(Debug)]
pub struct Hub {
    next_id: ConnId,
    conns: Vec<ConnSlot>,
    names: HashMap<String, u32>,
    topics: Vec<TopicSlot>,
    free_topic: u32,
}

impl Default for Hub {
    fn default() -> Self {
        Hub { next_id: 0, conns: Vec::new(), names: HashMap::new(), topics: Vec::new(), free_topic: NONE }
    }
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.conns.push(ConnSlot { live: true, mine: HashMap::new(), outbox: Vec::new() });
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        (conn as usize) < self.conns.len() && self.conns[conn as usize].live
    }

    fn topic_slot(&mut self, topic: &str) -> u32 {
        if let Some(&t) = self.names.get(topic) {
            return t;
        }
        let t;
        if self.free_topic != NONE {
            t = self.free_topic;
            self.free_topic = self.topics[t as usize].next_free;
            self.topics[t as usize].name = topic.to_string();
            self.topics[t as usize].next_free = NONE;
        } else {
            t = self.topics.len() as u32;
            self.topics.push(TopicSlot { name: topic.to_string(), subs: Vec::new(), next_free: NONE });
        }
        self.names.insert(topic.to_string(), t);
        t
    }

    /// removes subs[pos] of topic t; fixes the back-pointer of the moved one; frees the slot if empty
    fn drop_sub(&mut self, t: u32, pos: usize) {
        let ts = &mut self.topics[t as usize];
        ts.subs.swap_remove(pos);
        if pos < ts.subs.len() {
            let moved = ts.subs[pos] as usize;
            self.conns[moved].mine.insert(t, pos);
        }
        if ts.subs.is_empty() {
            let name = std::mem::take(&mut ts.name);
            self.names.remove(&name);
            ts.next_free = self.free_topic;
            self.free_topic = t;
        }
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if !self.is_connected(conn) {
            return false;
        }
        let c = conn as usize;
        if let Some(&t) = self.names.get(topic) {
            if self.conns[c].mine.contains_key(&t) {
                return false;
            }
        }
        let t = self.topic_slot(topic);
        let pos = self.topics[t as usize].subs.len();
        self.topics[t as usize].subs.push(conn);
        self.conns[c].mine.insert(t, pos);
        true
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if !self.is_connected(conn) {
            return false;
        }
        let t = match self.names.get(topic) {
            Some(&t) => t,
            None => return false,
        };
        let pos = match self.conns[conn as usize].mine.remove(&t) {
            Some(p) => p,
            None => return false,
        };
        self.drop_sub(t, pos);
        true
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        if !self.is_connected(conn) {
            return false;
        }
        let c = conn as usize;
        self.conns[c].live = false;
        self.conns[c].outbox = Vec::new();
        let mine = std::mem::take(&mut self.conns[c].mine);
        for (t, pos) in mine {
            // one entry per topic, so dropping other topics never moves ours
            self.drop_sub(t, pos);
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let t = match self.names.get(topic) {
            Some(&t) => t as usize,
            None => return 0,
        };
        let m: Rc<str> = Rc::from(msg);
        let n = self.topics[t].subs.len();
        for i in 0..n {
            let c = self.topics[t].subs[i] as usize;
            self.conns[c].outbox.push(m.clone());
        }
        n
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        if !self.is_connected(conn) {
            return Vec::new();
        }
        let box_ = std::mem::take(&mut self.conns[conn as usize].outbox);
        let mut out = Vec::with_capacity(box_.len());
        for m in box_.iter() {
            out.push(m.to_string());
        }
        out
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        match self.names.get(topic) {
            None => Vec::new(),
            Some(&t) => {
                let mut v = self.topics[t as usize].subs.clone();
                v.sort_unstable();
                v
            }
        }
    }

    pub fn topic_count(&self) -> usize {
        self.names.len()
    }
}
