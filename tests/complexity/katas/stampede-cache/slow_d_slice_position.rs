// learner: slow
// why: StampedeCache::get_or_load is O(n) time, target O(1): D-style slice of (key, cell) pairs found with a linear `position` search
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

pub trait Clock: Send + Sync {
    fn now(&self) -> u64;
}

#[derive(Debug, Default)]
pub struct ManualClock {
    now: AtomicU64,
}

impl ManualClock {
    pub fn new(start: u64) -> Self {
        ManualClock { now: AtomicU64::new(start) }
    }

    pub fn advance(&self, by: u64) {
        self.now.fetch_add(by, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> u64 {
        self.now.load(Ordering::SeqCst)
    }
}

impl<C: Clock + ?Sized> Clock for Arc<C> {
    fn now(&self) -> u64 {
        (**self).now()
    }
}

type Cell<V> = Arc<OnceLock<(V, u64)>>;

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    table: Mutex<Vec<(K, Cell<V>)>>,
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache { ttl, clock, table: Mutex::new(Vec::new()) }
    }

    fn find(table: &[(K, Cell<V>)], key: &K) -> Option<usize> {
        table.iter().position(|(k, _)| k == key)
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        let table = self.table.lock().unwrap_or_else(|p| p.into_inner());
        let i = Self::find(&table, key)?;
        table[i].1.get().filter(|(_, exp)| now < *exp).map(|(v, _)| v.clone())
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let cell = {
            let now = self.clock.now();
            let mut table = self.table.lock().unwrap_or_else(|p| p.into_inner());
            match Self::find(&table, &key) {
                Some(i) => {
                    if let Some((v, exp)) = table[i].1.get() {
                        if now < *exp {
                            return v.clone();
                        }
                        table[i].1 = Arc::new(OnceLock::new());
                    }
                    Arc::clone(&table[i].1)
                }
                None => {
                    let c: Cell<V> = Arc::new(OnceLock::new());
                    table.push((key.clone(), Arc::clone(&c)));
                    c
                }
            }
        };
        let (v, _) = cell.get_or_init(|| {
            let v = loader(&key);
            (v, self.clock.now().saturating_add(self.ttl))
        });
        v.clone()
    }

    pub fn invalidate(&self, key: &K) {
        let mut table = self.table.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(i) = Self::find(&table, key) {
            if table[i].1.get().is_some() {
                table.swap_remove(i);
            }
        }
    }
}
