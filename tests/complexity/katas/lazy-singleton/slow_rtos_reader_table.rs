// learner: slow
// why: OnceCell::get_or_init is O(r) time, target O(1): every call scans a table of thread ids that already synchronised with the value (r = threads that read before)
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};
use std::thread::{self, ThreadId};

pub struct OnceCell<T> {
    ready: AtomicBool,
    gate: Mutex<()>,
    /// Threads that have already performed the Acquire handshake.
    synced: Mutex<Vec<ThreadId>>,
    slot: UnsafeCell<Option<T>>,
}

// SAFETY: `slot` is written once under `gate` before `ready` is Release-stored;
// readers read it only after an Acquire (either on `ready` or via the `synced` lock).
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell {
            ready: AtomicBool::new(false),
            gate: Mutex::new(()),
            synced: Mutex::new(Vec::new()),
            slot: UnsafeCell::new(None),
        }
    }

    fn value(&self) -> &T {
        match unsafe { (*self.slot.get()).as_ref() } {
            Some(v) => v,
            None => unreachable!(),
        }
    }

    pub fn get(&self) -> Option<&T> {
        if self.ready.load(Ordering::Acquire) {
            Some(self.value())
        } else {
            None
        }
    }

    fn seen_by(&self, me: ThreadId) -> bool {
        let table = self.synced.lock().unwrap_or_else(PoisonError::into_inner);
        let mut i = 0;
        while i < table.len() {
            if table[i] == me {
                return true;
            }
            i += 1;
        }
        false
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        let me = thread::current().id();
        if self.seen_by(me) {
            return self.value();
        }
        if !self.ready.load(Ordering::Acquire) {
            let _held = self.gate.lock().unwrap_or_else(PoisonError::into_inner);
            if !self.ready.load(Ordering::Acquire) {
                let v = init();
                unsafe { *self.slot.get() = Some(v) };
                self.ready.store(true, Ordering::Release);
            }
        }
        self.synced.lock().unwrap_or_else(PoisonError::into_inner).push(me);
        self.value()
    }

    pub fn into_inner(self) -> Option<T> {
        self.slot.into_inner()
    }
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
            let f = this.init.lock().unwrap_or_else(PoisonError::into_inner).take();
            match f {
                Some(f) => f(),
                None => panic!("Lazy poisoned"),
            }
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
