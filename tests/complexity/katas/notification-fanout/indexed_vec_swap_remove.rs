// learner: optimal
// idiom: per topic a Vec<ConnId> for fast iteration plus a HashMap<ConnId, usize> of positions, removal by swap_remove + fixing the moved element's position (O(1)); per conn a HashSet of topics; publish iterates the Vec: O(s)
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

pub type ConnId = u64;

#[derive(Debug, Default)]
struct Members {
    list: Vec<ConnId>,
    pos: HashMap<ConnId, usize>,
}

impl Members {
    fn insert(&mut self, id: ConnId) -> bool {
        if self.pos.contains_key(&id) {
            return false;
        }
        self.pos.insert(id, self.list.len());
        self.list.push(id);
        true
    }

    fn remove(&mut self, id: ConnId) -> bool {
        let Some(i) = self.pos.remove(&id) else { return false };
        self.list.swap_remove(i);
        if let Some(&moved) = self.list.get(i) {
            self.pos.insert(moved, i);
        }
        true
    }
}

#[derive(Debug, Default)]
struct Conn {
    topics: HashSet<Rc<str>>,
    pending: Vec<Rc<str>>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    conns: HashMap<ConnId, Conn>,
    topics: HashMap<Rc<str>, Members>,
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
        let name: Rc<str> = Rc::from(topic);
        c.topics.insert(Rc::clone(&name));
        self.topics.entry(name).or_default().insert(conn)
    }

    fn leave(&mut self, conn: ConnId, topic: &str) {
        if let Some(m) = self.topics.get_mut(topic) {
            m.remove(conn);
            if m.list.is_empty() {
                self.topics.remove(topic);
            }
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let removed = self.conns.get_mut(&conn).is_some_and(|c| c.topics.remove(topic));
        if removed {
            self.leave(conn, topic);
        }
        removed
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        match self.conns.remove(&conn) {
            None => false,
            Some(c) => {
                for t in c.topics.iter() {
                    self.leave(conn, t);
                }
                true
            }
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(m) = self.topics.get(topic) else { return 0 };
        let msg: Rc<str> = msg.into();
        for id in &m.list {
            self.conns.get_mut(id).expect("members are connected").pending.push(msg.clone());
        }
        m.list.len()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        let Some(c) = self.conns.get_mut(&conn) else { return vec![] };
        c.pending.drain(..).map(|m| String::from(&*m)).collect()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids = self.topics.get(topic).map_or_else(Vec::new, |m| m.list.clone());
        ids.sort_unstable();
        ids
    }

    pub fn topic_count(&self) -> usize {
        self.topics.len()
    }
}
