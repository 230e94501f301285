// learner: optimal
// idiom: Rc<str> topic keys shared by both indexes, entry API and iterator chains, Option combinators
use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

pub type ConnId = u64;

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    by_topic: HashMap<Rc<str>, HashSet<ConnId>>,
    topics_of: HashMap<ConnId, HashSet<Rc<str>>>,
    outboxes: HashMap<ConnId, Vec<Rc<str>>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.topics_of.insert(id, HashSet::new());
        self.outboxes.insert(id, Vec::new());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.topics_of.contains_key(&conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(mine) = self.topics_of.get_mut(&conn) else {
            return false;
        };
        let key: Rc<str> = match self.by_topic.get_key_value(topic) {
            Some((k, _)) => Rc::clone(k),
            None => Rc::from(topic),
        };
        if !mine.insert(Rc::clone(&key)) {
            return false;
        }
        self.by_topic.entry(key).or_default().insert(conn)
    }

    fn drop_sub(&mut self, conn: ConnId, topic: &str) {
        if let Some(set) = self.by_topic.get_mut(topic) {
            set.remove(&conn);
            if set.is_empty() {
                self.by_topic.remove(topic);
            }
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let removed = self
            .topics_of
            .get_mut(&conn)
            .map_or(false, |mine| mine.remove(topic));
        if removed {
            self.drop_sub(conn, topic);
        }
        removed
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        self.outboxes.remove(&conn);
        match self.topics_of.remove(&conn) {
            None => false,
            Some(mine) => {
                mine.iter().for_each(|t| self.drop_sub(conn, t));
                true
            }
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(set) = self.by_topic.get(topic) else {
            return 0;
        };
        let shared: Rc<str> = Rc::from(msg);
        let outboxes = &mut self.outboxes;
        set.iter()
            .filter(|id| {
                outboxes
                    .get_mut(*id)
                    .map(|ob| ob.push(Rc::clone(&shared)))
                    .is_some()
            })
            .count()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.outboxes.entry(conn) {
            Entry::Occupied(mut e) => std::mem::take(e.get_mut()).iter().map(|m| m.to_string()).collect(),
            Entry::Vacant(_) => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids: Vec<ConnId> = self.by_topic.get(topic).into_iter().flatten().copied().collect();
        ids.sort_unstable();
        ids
    }

    pub fn topic_count(&self) -> usize {
        self.by_topic.len()
    }
}
