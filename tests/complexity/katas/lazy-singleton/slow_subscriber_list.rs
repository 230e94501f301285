// learner: slow
// why: OnceCell::get_or_init is O(t) time per call (t = threads that ever called it), target O(1): every call scans a Vec of subscribed ThreadIds with contains() before the fast path
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Condvar, Mutex, PoisonError};
use std::thread::{self, ThreadId};

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    ready: AtomicBool,
    // like an event emitter: every thread that asked for the value is a
    // "subscriber", so we can wake them all when the value lands
    subscribers: Mutex<Vec<ThreadId>>,
    loading: Mutex<bool>,
    loaded: Condvar,
    value: UnsafeCell<Option<T>>,
}

// value is written once under `loading`, before `ready` flips (Release);
// readers check `ready` (Acquire) first.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    /// An empty cell. `const`, so it can initialise a `static`.
    pub const fn new() -> Self {
        OnceCell {
            ready: AtomicBool::new(false),
            subscribers: Mutex::new(Vec::new()),
            loading: Mutex::new(false),
            loaded: Condvar::new(),
            value: UnsafeCell::new(None),
        }
    }

    /// The value, if some call to `get_or_init` has finished initialising it.
    /// Never blocks.
    pub fn get(&self) -> Option<&T> {
        if self.ready.load(Ordering::Acquire) {
            unsafe { (*self.value.get()).as_ref() }
        } else {
            None
        }
    }

    fn subscribe(&self) {
        let me = thread::current().id();
        let mut subs = self.subscribers.lock().unwrap_or_else(PoisonError::into_inner);
        if !subs.contains(&me) {
            subs.push(me);
        }
    }

    /// Returns the value, running `init` first if the cell is empty.
    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        self.subscribe();
        if let Some(v) = self.get() {
            return v;
        }
        let mut busy = self.loading.lock().unwrap_or_else(PoisonError::into_inner);
        loop {
            if let Some(v) = self.get() {
                return v;
            }
            if !*busy {
                break;
            }
            busy = self.loaded.wait(busy).unwrap_or_else(PoisonError::into_inner);
        }
        *busy = true;
        drop(busy);

        struct Reset<'a>(&'a Mutex<bool>, &'a Condvar);
        impl Drop for Reset<'_> {
            fn drop(&mut self) {
                *self.0.lock().unwrap_or_else(PoisonError::into_inner) = false;
                self.1.notify_all();
            }
        }
        let _reset = Reset(&self.loading, &self.loaded);

        let v = init();
        unsafe { *self.value.get() = Some(v) };
        self.ready.store(true, Ordering::Release);
        self.get().unwrap()
    }

    /// Consumes the cell and returns its value, if any.
    pub fn into_inner(self) -> Option<T> {
        self.value.into_inner()
    }
}

impl<T> Default for OnceCell<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// A value computed on first access by `F`, at most once.
pub struct Lazy<T, F = fn() -> T> {
    cell: OnceCell<T>,
    init: Mutex<Option<F>>,
}

impl<T, F: FnOnce() -> T> Lazy<T, F> {
    /// A lazy value that `init` will compute. `const`, for use in a `static`.
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    /// Computes the value if needed and returns it.
    pub fn force(this: &Self) -> &T {
        this.cell.get_or_init(|| {
            let f = this.init.lock().unwrap_or_else(|e| e.into_inner()).take();
            f.map(|f| f()).unwrap_or_else(|| panic!("Lazy poisoned"))
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
