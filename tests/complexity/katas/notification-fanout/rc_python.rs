// learner: optimal
// idiom: Python-style: HashMap<ConnId, (HashSet<Rc<str>>, Vec<Rc<str>>)> tuples, one Rc<str> per publish shared by all outboxes, entry API, iterator chains
//! Topic fan-out for a real-time notification server: see README.md.
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

pub type ConnId = u64;

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    conns: HashMap<ConnId, (HashSet<Rc<str>>, Vec<Rc<str>>)>,
    topics: HashMap<Rc<str>, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.conns.insert(id, Default::default());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.conns.contains_key(&conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some((mine, _)) = self.conns.get_mut(&conn) else { return false };
        if mine.contains(topic) {
            return false;
        }
        let key: Rc<str> = match self.topics.get_key_value(topic) {
            Some((k, _)) => Rc::clone(k),
            None => Rc::from(topic),
        };
        mine.insert(Rc::clone(&key));
        self.topics.entry(key).or_default().insert(conn);
        true
    }

    fn forget(&mut self, topic: &str, conn: ConnId) {
        if let Some(set) = self.topics.get_mut(topic) {
            set.remove(&conn);
            if set.is_empty() {
                self.topics.remove(topic);
            }
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let removed = self.conns.get_mut(&conn).map_or(false, |(mine, _)| mine.remove(topic));
        if removed {
            self.forget(topic, conn);
        }
        removed
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        match self.conns.remove(&conn) {
            None => false,
            Some((mine, _)) => {
                mine.iter().for_each(|t| self.forget(t, conn));
                true
            }
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(ids) = self.topics.get(topic) else { return 0 };
        let shared: Rc<str> = Rc::from(msg);
        let mut sent = 0;
        for id in ids.iter() {
            if let Some((_, outbox)) = self.conns.get_mut(id) {
                outbox.push(Rc::clone(&shared));
                sent += 1;
            }
        }
        sent
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.conns
            .get_mut(&conn)
            .map(|(_, outbox)| outbox.drain(..).map(|m| m.to_string()).collect())
            .unwrap_or_default()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut v: Vec<_> = self.topics.get(topic).into_iter().flatten().copied().collect();
        v.sort_unstable();
        v
    }

    pub fn topic_count(&self) -> usize {
        self.topics.len()
    }
}
