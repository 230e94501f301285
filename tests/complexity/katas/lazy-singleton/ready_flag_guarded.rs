// learner: optimal
// idiom: Swift-server style: AtomicBool isReady + small private helpers (readUnchecked, withInitLock), guard-like early returns
use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard};

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    is_ready: AtomicBool,
    init_lock: Mutex<()>,
    storage: UnsafeCell<Option<T>>,
}

// Safety: `storage` is mutated only under `init_lock` before `is_ready` flips to
// true (Release); afterwards it is shared read-only. Values cross threads, so T: Send + Sync.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        Self { is_ready: AtomicBool::new(false), init_lock: Mutex::new(()), storage: UnsafeCell::new(None) }
    }

    fn read_unchecked(&self) -> &T {
        // Safety: only called after observing is_ready == true with Acquire.
        match unsafe { &*self.storage.get() } {
            Some(value) => value,
            None => unreachable!("ready flag set without a value"),
        }
    }

    fn with_init_lock(&self) -> MutexGuard<'_, ()> {
        match self.init_lock.lock() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        }
    }

    pub fn get(&self) -> Option<&T> {
        guard_ready(self.is_ready.load(Ordering::Acquire))?;
        Some(self.read_unchecked())
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(existing) = self.get() {
            return existing;
        }
        let _lock = self.with_init_lock();
        if let Some(existing) = self.get() {
            return existing;
        }
        let fresh = init();
        unsafe { *self.storage.get() = Some(fresh) };
        self.is_ready.store(true, Ordering::Release);
        self.read_unchecked()
    }

    pub fn into_inner(self) -> Option<T> {
        let Self { storage, .. } = self;
        storage.into_inner()
    }
}

fn guard_ready(ready: bool) -> Option<()> {
    if ready { Some(()) } else { None }
}

impl<T> Default for OnceCell<T> {
    fn default() -> Self {
        Self::new()
    }
}

pub struct Lazy<T, F = fn() -> T> {
    cell: OnceCell<T>,
    init: Mutex<Option<F>>,
}

impl<T, F: FnOnce() -> T> Lazy<T, F> {
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    pub fn force(this: &Self) -> &T {
        if let Some(value) = this.cell.get() {
            return value;
        }
        this.cell.get_or_init(|| {
            let maybe_factory = {
                let mut slot = this.init.lock().unwrap_or_else(|e| e.into_inner());
                slot.take()
            };
            guard_factory(maybe_factory)()
        })
    }
}

fn guard_factory<F>(factory: Option<F>) -> F {
    match factory {
        Some(f) => f,
        None => panic!("Lazy: initializer panicked earlier, value is poisoned"),
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
