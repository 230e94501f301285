// learner: optimal
// idiom: connections in a Vec<Option<Slot>> indexed by id (ids are dense), VecDeque outbox, match-heavy
use std::collections::{HashMap, HashSet, VecDeque};
use std::rc::Rc;

pub type ConnId = u64;

#[derive(Debug)]
struct Slot {
    follows: HashSet<Rc<str>>,
    pending: VecDeque<Rc<str>>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    slots: Vec<Option<Slot>>,
    audience: HashMap<Rc<str>, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    fn slot_mut(&mut self, conn: ConnId) -> Option<&mut Slot> {
        match self.slots.get_mut(conn as usize) {
            Some(Some(s)) => Some(s),
            _ => None,
        }
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.slots.push(Some(Slot { follows: HashSet::new(), pending: VecDeque::new() }));
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        matches!(self.slots.get(conn as usize), Some(Some(_)))
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let name: Rc<str> = Rc::from(topic);
        let fresh = match self.slot_mut(conn) {
            Some(slot) => slot.follows.insert(Rc::clone(&name)),
            None => false,
        };
        if fresh {
            self.audience.entry(name).or_default().insert(conn);
        }
        fresh
    }

    fn drop_member(&mut self, conn: ConnId, topic: &str) {
        let emptied = match self.audience.get_mut(topic) {
            Some(set) => set.remove(&conn) && set.is_empty(),
            None => false,
        };
        if emptied {
            self.audience.remove(topic);
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let had = match self.slot_mut(conn) {
            Some(slot) => slot.follows.remove(topic),
            None => false,
        };
        if had {
            self.drop_member(conn, topic);
        }
        had
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let slot = match self.slots.get_mut(conn as usize) {
            Some(entry) => entry.take(),
            None => None,
        };
        match slot {
            Some(s) => {
                for topic in s.follows.iter() {
                    self.drop_member(conn, topic);
                }
                true
            }
            None => false,
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let set = match self.audience.get(topic) {
            Some(set) => set,
            None => return 0,
        };
        let body: Rc<str> = Rc::from(msg);
        let mut delivered = 0;
        for &id in set {
            if let Some(Some(slot)) = self.slots.get_mut(id as usize) {
                slot.pending.push_back(Rc::clone(&body));
                delivered += 1;
            }
        }
        delivered
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.slot_mut(conn) {
            Some(slot) => slot.pending.drain(..).map(|m| String::from(&*m)).collect(),
            None => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        match self.audience.get(topic) {
            Some(set) => {
                let mut v: Vec<ConnId> = set.iter().copied().collect();
                v.sort();
                v
            }
            None => Vec::new(),
        }
    }

    pub fn topic_count(&self) -> usize {
        self.audience.len()
    }
}
