// learner: slow
// why: OnceCell::get_or_init is O(r) time, target O(1): Swift "observers" habit, every call checks a Vec<ThreadId> of threads that already used the cell (contains) before registering
use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};
use std::thread::{self, ThreadId};

pub struct OnceCell<T> {
    ready: AtomicBool,
    lock: Mutex<()>,
    observers: Mutex<Vec<ThreadId>>,
    value: UnsafeCell<Option<T>>,
}

// SAFETY: value is written once under `lock` before `ready` is released; read only after.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell {
            ready: AtomicBool::new(false),
            lock: Mutex::new(()),
            observers: Mutex::new(Vec::new()),
            value: UnsafeCell::new(None),
        }
    }

    pub fn get(&self) -> Option<&T> {
        guard_ready(self.ready.load(Ordering::Acquire))?;
        unsafe { (*self.value.get()).as_ref() }
    }

    /// Remembers which threads use the singleton (handy when debugging who touched it).
    fn register_observer(&self) {
        let me = thread::current().id();
        let mut observers = self.observers.lock().unwrap_or_else(PoisonError::into_inner);
        if !observers.contains(&me) {
            observers.push(me);
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        self.register_observer();
        if let Some(value) = self.get() {
            return value;
        }
        let _guard = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(value) = self.get() {
            return value;
        }
        let made = init();
        unsafe { *self.value.get() = Some(made) };
        self.ready.store(true, Ordering::Release);
        self.get().expect("initialised")
    }

    pub fn into_inner(self) -> Option<T> {
        self.value.into_inner()
    }
}

fn guard_ready(ready: bool) -> Option<()> {
    ready.then_some(())
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
        this.cell.get_or_init(|| {
            let taken = this.init.lock().unwrap_or_else(PoisonError::into_inner).take();
            let Some(f) = taken else {
                panic!("Lazy instance has previously been poisoned");
            };
            f()
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
