// learner: optimal
// idiom: interned Rc<str> topic keys shared by both indexes, struct-of-fields, early returns
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

pub type ConnId = u64;

#[derive(Debug, Default)]
struct Conn {
    subs: HashSet<Rc<str>>,
    pending: Vec<Rc<str>>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    conns: HashMap<ConnId, Conn>,
    rooms: HashMap<Rc<str>, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id = id + 1;
        self.conns.insert(id, Conn::default());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.conns.get(&conn).is_some()
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(c) = self.conns.get_mut(&conn) else {
            return false;
        };
        if c.subs.contains(topic) {
            return false;
        }
        let key: Rc<str> = match self.rooms.get_key_value(topic) {
            Some((k, _)) => Rc::clone(k),
            None => Rc::from(topic),
        };
        c.subs.insert(Rc::clone(&key));
        self.rooms.entry(key).or_default().insert(conn);
        true
    }

    fn leave(rooms: &mut HashMap<Rc<str>, HashSet<ConnId>>, topic: &str, conn: ConnId) {
        let Some(members) = rooms.get_mut(topic) else {
            return;
        };
        members.remove(&conn);
        if members.is_empty() {
            rooms.remove(topic);
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(c) = self.conns.get_mut(&conn) else {
            return false;
        };
        if !c.subs.remove(topic) {
            return false;
        }
        Self::leave(&mut self.rooms, topic, conn);
        true
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let Some(c) = self.conns.remove(&conn) else {
            return false;
        };
        for t in &c.subs {
            Self::leave(&mut self.rooms, t, conn);
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(members) = self.rooms.get(topic) else {
            return 0;
        };
        let body: Rc<str> = Rc::from(msg);
        let mut n = 0usize;
        for id in members {
            let Some(c) = self.conns.get_mut(id) else {
                continue;
            };
            c.pending.push(body.clone());
            n += 1;
        }
        n
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        let Some(c) = self.conns.get_mut(&conn) else {
            return Vec::new();
        };
        let taken = std::mem::take(&mut c.pending);
        taken.iter().map(|m| String::from(&**m)).collect()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let Some(members) = self.rooms.get(topic) else {
            return Vec::new();
        };
        let mut out: Vec<ConnId> = members.iter().copied().collect();
        out.sort_unstable();
        out
    }

    pub fn topic_count(&self) -> usize {
        self.rooms.len()
    }
}
