// learner: optimal
// idiom: Gleam-style: a custom State enum encoded in an AtomicU8, compare_exchange transitions, Condvar waiting, a drop-guard that rolls back on panic
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::mem::MaybeUninit;
use std::ops::Deref;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Condvar, Mutex, PoisonError};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum State {
    Empty,
    Running,
    Ready,
}

impl State {
    const fn code(self) -> u8 {
        match self {
            State::Empty => 0,
            State::Running => 1,
            State::Ready => 2,
        }
    }
    fn from_code(c: u8) -> State {
        match c {
            0 => State::Empty,
            1 => State::Running,
            _ => State::Ready,
        }
    }
}

pub struct OnceCell<T> {
    state: AtomicU8,
    lock: Mutex<()>,
    changed: Condvar,
    value: UnsafeCell<MaybeUninit<T>>,
}

// SAFETY: `value` is written by the single thread that moved the state Empty -> Running,
// and read only after observing Ready with Acquire (the writer stores Ready with Release).
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

/// Puts the state back to Empty (and wakes waiters) unless disarmed: runs on panic.
struct Rollback<'a, T> {
    cell: &'a OnceCell<T>,
    armed: bool,
}

impl<T> Drop for Rollback<'_, T> {
    fn drop(&mut self) {
        if self.armed {
            self.cell.settle(State::Empty);
        }
    }
}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell {
            state: AtomicU8::new(State::Empty.code()),
            lock: Mutex::new(()),
            changed: Condvar::new(),
            value: UnsafeCell::new(MaybeUninit::uninit()),
        }
    }

    fn state(&self) -> State {
        State::from_code(self.state.load(Ordering::Acquire))
    }

    fn settle(&self, to: State) {
        let _g = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
        self.state.store(to.code(), Ordering::Release);
        self.changed.notify_all();
    }

    fn value_ref(&self) -> &T {
        // SAFETY: callers saw State::Ready
        unsafe { (*self.value.get()).assume_init_ref() }
    }

    pub fn get(&self) -> Option<&T> {
        match self.state() {
            State::Ready => Some(self.value_ref()),
            State::Empty | State::Running => None,
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        let mut init = Some(init);
        loop {
            match self.state() {
                State::Ready => return self.value_ref(),
                State::Empty => {
                    let won = self
                        .state
                        .compare_exchange(
                            State::Empty.code(),
                            State::Running.code(),
                            Ordering::Acquire,
                            Ordering::Acquire,
                        )
                        .is_ok();
                    if won {
                        let mut guard = Rollback { cell: self, armed: true };
                        let v = (init.take().expect("init used once"))();
                        // SAFETY: we own the Running state: nobody else touches `value`
                        unsafe { (*self.value.get()).write(v) };
                        guard.armed = false;
                        self.settle(State::Ready);
                        return self.value_ref();
                    }
                }
                State::Running => {
                    let g = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
                    let _g = self
                        .changed
                        .wait_while(g, |_| self.state() == State::Running)
                        .unwrap_or_else(PoisonError::into_inner);
                }
            }
        }
    }

    pub fn into_inner(self) -> Option<T> {
        let me = std::mem::ManuallyDrop::new(self);
        match State::from_code(me.state.load(Ordering::Acquire)) {
            // SAFETY: Ready means initialised; ManuallyDrop keeps Drop from reading it again
            State::Ready => Some(unsafe { (*me.value.get()).assume_init_read() }),
            _ => None,
        }
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        if State::from_code(*self.state.get_mut()) == State::Ready {
            // SAFETY: initialised, and dropped exactly once here
            unsafe { self.value.get_mut().assume_init_drop() }
        }
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
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    pub fn force(this: &Self) -> &T {
        this.cell.get_or_init(|| {
            this.init
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .take()
                .map(|f| f())
                .unwrap_or_else(|| panic!("Lazy poisoned: its initialiser panicked earlier"))
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
