// learner: optimal
// idiom: retro: connection slots in a Vec indexed by id, interned topic numbers with a free list, member lists with swap_remove + back-pointer table
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

pub type ConnId = u64;

#[derive(Debug, Default)]
struct Slot {
    live: bool,
    topics: HashSet<u32>,
    outbox: Vec<Rc<str>>,
}

#[derive(Debug, Default)]
struct Topic {
    name: String,
    members: Vec<ConnId>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    slots: Vec<Slot>,
    topic_no: HashMap<String, u32>,
    topics: Vec<Topic>,
    free: Vec<u32>,
    live_topics: usize,
    pos: HashMap<(ConnId, u32), usize>, // where conn sits in topics[t].members
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.slots.push(Slot { live: true, topics: HashSet::new(), outbox: Vec::new() });
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        (conn as usize) < self.slots.len() && self.slots[conn as usize].live
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if !self.is_connected(conn) {
            return false;
        }
        let t = match self.topic_no.get(topic) {
            Some(&t) => t,
            None => {
                let t = match self.free.pop() {
                    Some(t) => t,
                    None => {
                        self.topics.push(Topic::default());
                        (self.topics.len() - 1) as u32
                    }
                };
                self.topics[t as usize].name = topic.to_string();
                self.topic_no.insert(topic.to_string(), t);
                self.live_topics += 1;
                t
            }
        };
        if !self.slots[conn as usize].topics.insert(t) {
            return false;
        }
        let m = &mut self.topics[t as usize].members;
        self.pos.insert((conn, t), m.len());
        m.push(conn);
        true
    }

    fn unlink(&mut self, conn: ConnId, t: u32) {
        let i = match self.pos.remove(&(conn, t)) {
            Some(i) => i,
            None => return,
        };
        let tp = &mut self.topics[t as usize];
        tp.members.swap_remove(i);
        if i < tp.members.len() {
            let moved = tp.members[i];
            self.pos.insert((moved, t), i);
        }
        if tp.members.is_empty() {
            let name = std::mem::take(&mut tp.name);
            self.topic_no.remove(&name);
            self.free.push(t);
            self.live_topics -= 1;
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if !self.is_connected(conn) {
            return false;
        }
        let t = match self.topic_no.get(topic) {
            Some(&t) => t,
            None => return false,
        };
        if !self.slots[conn as usize].topics.remove(&t) {
            return false;
        }
        self.unlink(conn, t);
        true
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        if !self.is_connected(conn) {
            return false;
        }
        let s = &mut self.slots[conn as usize];
        s.live = false;
        s.outbox = Vec::new();
        let mine = std::mem::take(&mut s.topics);
        for t in mine {
            self.unlink(conn, t);
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let t = match self.topic_no.get(topic) {
            Some(&t) => t as usize,
            None => return 0,
        };
        let body: Rc<str> = Rc::from(msg);
        let n = self.topics[t].members.len();
        let mut i = 0;
        while i < n {
            let c = self.topics[t].members[i] as usize;
            self.slots[c].outbox.push(body.clone());
            i += 1;
        }
        n
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        if !self.is_connected(conn) {
            return Vec::new();
        }
        let q = std::mem::take(&mut self.slots[conn as usize].outbox);
        let mut out = Vec::with_capacity(q.len());
        for m in q {
            out.push(String::from(&*m));
        }
        out
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        match self.topic_no.get(topic) {
            Some(&t) => {
                let mut v = self.topics[t as usize].members.clone();
                v.sort_unstable();
                v
            }
            None => Vec::new(),
        }
    }

    pub fn topic_count(&self) -> usize {
        self.live_topics
    }
}
