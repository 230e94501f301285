// learner: optimal
// idiom: Julia-style: two index maps (topic -> HashSet of ids, id -> Conn struct), small helper fns named like mutators (add_sub!, drop_sub!), Rc<str> shared message
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
    conns: HashMap<ConnId, Conn>,
    subs: HashMap<String, HashSet<ConnId>>,
}

fn add_sub(subs: &mut HashMap<String, HashSet<ConnId>>, topic: &str, id: ConnId) {
    subs.entry(topic.to_string()).or_default().insert(id);
}

fn drop_sub(subs: &mut HashMap<String, HashSet<ConnId>>, topic: &str, id: ConnId) {
    let mut now_empty = false;
    if let Some(set) = subs.get_mut(topic) {
        set.remove(&id);
        now_empty = set.is_empty();
    }
    if now_empty {
        subs.remove(topic);
    }
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
        let c = match self.conns.get_mut(&conn) {
            Some(c) => c,
            None => return false,
        };
        if c.topics.contains(topic) {
            return false;
        }
        c.topics.insert(topic.to_string());
        add_sub(&mut self.subs, topic, conn);
        true
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let c = match self.conns.get_mut(&conn) {
            Some(c) => c,
            None => return false,
        };
        if !c.topics.remove(topic) {
            return false;
        }
        drop_sub(&mut self.subs, topic, conn);
        true
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let c = match self.conns.remove(&conn) {
            Some(c) => c,
            None => return false,
        };
        for t in c.topics.iter() {
            drop_sub(&mut self.subs, t, conn);
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let ids = match self.subs.get(topic) {
            Some(s) => s,
            None => return 0,
        };
        let shared: Rc<str> = Rc::from(msg);
        let mut count = 0;
        for id in ids {
            if let Some(c) = self.conns.get_mut(id) {
                c.outbox.push(Rc::clone(&shared));
                count += 1;
            }
        }
        count
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.conns.get_mut(&conn) {
            Some(c) => std::mem::take(&mut c.outbox).iter().map(|m| m.to_string()).collect(),
            None => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut out: Vec<ConnId> = match self.subs.get(topic) {
            Some(s) => s.iter().copied().collect(),
            None => Vec::new(),
        };
        out.sort_unstable();
        out
    }

    pub fn topic_count(&self) -> usize {
        self.subs.len()
    }
}
