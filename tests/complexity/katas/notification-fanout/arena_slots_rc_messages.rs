// learner: optimal
// idiom: arena of connection slots indexed by id (Vec<Option<_>>), Rc<str> shared per publish, VecDeque outboxes, match-heavy
use std::collections::{HashMap, HashSet, VecDeque};
use std::rc::Rc;

pub type ConnId = u64;

#[derive(Debug)]
struct Slot {
    topics: HashSet<Rc<str>>,
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
        match usize::try_from(conn).ok().and_then(|i| self.slots.get_mut(i)) {
            Some(Some(slot)) => Some(slot),
            _ => None,
        }
    }

    fn forget(audience: &mut HashMap<Rc<str>, HashSet<ConnId>>, topic: &str, conn: ConnId) {
        let now_empty = match audience.get_mut(topic) {
            Some(set) => set.remove(&conn) && set.is_empty(),
            None => false,
        };
        if now_empty {
            audience.remove(topic);
        }
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.slots.push(Some(Slot { topics: HashSet::new(), pending: VecDeque::new() }));
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        matches!(self.slots.get(conn as usize), Some(Some(_)))
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let name: Rc<str> = match self.audience.get_key_value(topic) {
            Some((k, _)) => Rc::clone(k),
            None => Rc::from(topic),
        };
        match self.slot_mut(conn) {
            None => false,
            Some(slot) => match slot.topics.insert(Rc::clone(&name)) {
                false => false,
                true => {
                    self.audience.entry(name).or_default().insert(conn);
                    true
                }
            },
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let removed = match self.slot_mut(conn) {
            Some(slot) => slot.topics.remove(topic),
            None => false,
        };
        if removed {
            Self::forget(&mut self.audience, topic, conn);
        }
        removed
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let taken = match usize::try_from(conn).ok().and_then(|i| self.slots.get_mut(i)) {
            Some(cell) => cell.take(),
            None => None,
        };
        match taken {
            None => false,
            Some(slot) => {
                for topic in &slot.topics {
                    Self::forget(&mut self.audience, topic, conn);
                }
                true
            }
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(set) = self.audience.get(topic) else { return 0 };
        let shared: Rc<str> = Rc::from(msg);
        let mut count = 0;
        for &id in set {
            if let Some(Some(slot)) = self.slots.get_mut(id as usize) {
                slot.pending.push_back(Rc::clone(&shared));
                count += 1;
            }
        }
        count
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.slot_mut(conn) {
            Some(slot) => slot.pending.drain(..).map(|m| m.to_string()).collect(),
            None => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids: Vec<ConnId> = self.audience.get(topic).map(|s| s.iter().copied().collect()).unwrap_or_default();
        ids.sort_unstable();
        ids
    }

    pub fn topic_count(&self) -> usize {
        self.audience.len()
    }
}
